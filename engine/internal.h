/* SPDX-License-Identifier: GPL-2.0 */
/* Helpers shared by the engine's files; not part of the API. */
#ifndef PA_INTERNAL_H
#define PA_INTERNAL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *pa_xmalloc(size_t n);
void *pa_xcalloc(size_t n, size_t m);
void *pa_xrealloc(void *p, size_t n);
char *pa_xstrdup(const char *s);
char *pa_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
uint64_t pa_hash(const char *s, uint64_t h);

/* Grow an array so that index n fits. */
#define PA_GROW(arr, n, cap) do {					\
	if ((size_t)(n) >= (size_t)(cap)) {				\
		size_t nc_ = (cap) ? (size_t)(cap) * 2 : 8;		\
		while (nc_ <= (size_t)(n)) nc_ *= 2;			\
		(arr) = pa_xrealloc((arr), nc_ * sizeof(*(arr)));	\
		memset((arr) + (cap), 0, (nc_ - (cap)) * sizeof(*(arr))); \
		(cap) = nc_;						\
	}								\
} while (0)

/* An interning string table: equal strings give the same pointer. */
struct pa_strtab {
	char **slot;
	size_t cap, count;
};
const char *pa_intern(struct pa_strtab *t, const char *s);
void pa_strtab_free(struct pa_strtab *t);

#endif
