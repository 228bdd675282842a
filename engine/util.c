// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include "internal.h"

static void oom(void)
{
	fputs("pageaudit: out of memory\n", stderr);
	abort();
}

void *pa_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *pa_xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);

	if (!p)
		oom();
	return p;
}

void *pa_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *pa_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(pa_xmalloc(n), s, n);
}

char *pa_xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = pa_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* FNV-1a, chained through h so that several strings hash as one. */
uint64_t pa_hash(const char *s, uint64_t h)
{
	if (!h)
		h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

const char *pa_intern(struct pa_strtab *t, const char *s)
{
	size_t i;

	if (!s)
		return NULL;
	if (t->count * 2 >= t->cap) {
		struct pa_strtab n = { 0 };

		n.cap = t->cap ? t->cap * 2 : 256;
		n.slot = pa_xcalloc(n.cap, sizeof(char *));
		for (i = 0; i < t->cap; i++) {
			char *e = t->slot[i];
			size_t j;

			if (!e)
				continue;
			j = pa_hash(e, 0) & (n.cap - 1);
			while (n.slot[j])
				j = (j + 1) & (n.cap - 1);
			n.slot[j] = e;
		}
		n.count = t->count;
		free(t->slot);
		*t = n;
	}
	i = pa_hash(s, 0) & (t->cap - 1);
	while (t->slot[i]) {
		if (!strcmp(t->slot[i], s))
			return t->slot[i];
		i = (i + 1) & (t->cap - 1);
	}
	t->slot[i] = pa_xstrdup(s);
	t->count++;
	return t->slot[i];
}

void pa_strtab_free(struct pa_strtab *t)
{
	size_t i;

	for (i = 0; i < t->cap; i++)
		free(t->slot[i]);
	free(t->slot);
	t->slot = NULL;
	t->cap = t->count = 0;
}
