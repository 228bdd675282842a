/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The engine's own test API: generic primitives for the engine-semantics
 * cases, with their roles in test.rules beside this file.  Each has the
 * shape of the Linux 6.1 function it stands for (static inline or extern,
 * the object's argument position, the result), named in its comment, so a
 * case lowers as it did with the kernel's API; what a case tests is how
 * the engine follows objects, paths and helpers, not which kernel function
 * plays a role.  Bodies are minimal.
 */
#ifndef PAGEAUDIT_TEST_ENGINE_H
#define PAGEAUDIT_TEST_ENGINE_H

#include <stddef.h>
#include <stdbool.h>

#define EIO 5
#define ENOENT 2
#define ENOMEM 12
#define EFAULT 14
#define EAGAIN 11
#define T_SIZE 4096UL		/* a transfer's length */
#define T_WRITE 0x01		/* a t_get_many() flag */
#define T_TO_DEVICE 1		/* a t_map() direction */

typedef unsigned long long t_addr_t;

/* the objects the rules are about */
struct obj {
	unsigned long flags;
	int ref;
};
struct t_req { int n; };			/* where I/O is queued */
struct t_dev;					/* a device that maps objects */
struct t_slot { unsigned long link; unsigned int offset, length; };
struct t_cache;					/* where objects are looked up */
struct t_stream;				/* hands out objects one by one */
struct t_holder { struct obj *obj; size_t size; };	/* an object in a field */

/* --- mark ------------------------------------------------------------------- */
/* get_page(): static inline void, the object is argument 1 */
static inline void t_mark(struct obj *o) { o->ref++; }
/* try_get_page(): static inline __must_check bool, marks on true */
static inline __attribute__((warn_unused_result)) bool t_try_mark(struct obj *o)
{
	if (o->ref <= 0)
		return false;
	o->ref++;
	return true;
}
/* find_get_page(): static inline, marks a non-NULL result */
struct obj *t_cache_get(struct t_cache *c, unsigned long index, int flags);
static inline struct obj *t_lookup(struct t_cache *c, unsigned long index)
{
	return t_cache_get(c, index, 0);
}
/* get_user_pages_fast(): extern int, marks the array of argument 4 on a
 * positive result */
int t_get_many(unsigned long start, int nr, unsigned int flags, struct obj **out);
/* folio_test_set_writeback(): extern bool, the old flag: marks on false */
bool t_test_and_mark(struct obj *o);
/* folio_add_pin() (Linux 6.12): extern void, a marker on top of one the
 * caller must already hold */
void t_mark_nested(struct obj *o);

/* --- mark+accessible ---------------------------------------------------------- */
/* set_page_writeback(): extern, marks and makes accessible inside */
void t_mark_accessible(struct obj *o);

/* --- accessible ----------------------------------------------------------------- */
/* arch_make_page_accessible(): static inline int, 0 on success.  Named
 * after the struct it takes, as the kernel's are (cocci's patch mode picks
 * the call by the object's type). */
static inline int t_make_obj_accessible(struct obj *o) { return 0; }

/* --- release -------------------------------------------------------------------- */
/* put_page(): static inline void */
static inline void t_release(struct obj *o) { o->ref--; }
/* folio_end_writeback(): extern void, the end of t_test_and_mark() */
void t_clear(struct obj *o);

/* --- io ------------------------------------------------------------------------- */
/* bio_add_page(): extern int, the object is argument 2 */
int t_io(struct t_req *r, struct obj *o, unsigned len, unsigned off);
/* __bio_add_page(): extern void, argument 2 */
void t_io_add(struct t_req *r, struct obj *o, unsigned int len, unsigned int off);
/* bio_add_folio(): extern bool, argument 2 */
bool t_io_ok(struct t_req *r, struct obj *o, size_t len, size_t off);
/* dma_map_page_attrs() and the dma_map_page() macro: argument 2 */
t_addr_t t_map_attrs(struct t_dev *dev, struct obj *o, size_t offset,
		     size_t size, int dir, unsigned long attrs);
#define t_map(d, o, off, s, dir) t_map_attrs(d, o, off, s, dir, 0)
/* sg_set_page(): static inline void, argument 2 */
static inline void t_io_set(struct t_slot *s, struct obj *o,
			    unsigned int len, unsigned int offset)
{
	s->link = (unsigned long)o;
	s->offset = offset;
	s->length = len;
}
/* skb_fill_page_desc(): static inline void, argument 3 */
static inline void t_io_fill(struct t_req *r, int i, struct obj *o, int off, int size)
{
	r->n += size;
}
/* skb_add_rx_frag(): extern void, argument 3 */
void t_io_frag(struct t_req *r, int i, struct obj *o, int off, int size,
	       unsigned int truesize);

/* --- neutral ---------------------------------------------------------------------- */
/* folio_attach_private(): static inline, takes a reference that is not a
 * pending-I/O marker (with t_mark(), as folio_attach_private() does with
 * folio_get()) */
static inline void t_keep(struct obj *o, void *data)
{
	t_mark(o);
	o->flags |= 1;
}

/* folio_detach_private(): static inline, drops that reference, returns the
 * data (NULL, and no put, if there was none) */
static inline void *t_unkeep(struct obj *o)
{
	if (!(o->flags & 1))
		return (void *)0;
	o->flags &= ~1;
	t_release(o);
	return o;
}
/* add_to_swap_cache(): extern int, 0 on success; the cache's own reference */
int t_cache_add(struct obj *o, unsigned long entry);

/* --- exempt ---------------------------------------------------------------------- */
/* empty_zero_page (ZERO_PAGE()): kernel memory, never a guest's page */
extern struct obj t_zero_obj;

/* --- no role: what the cases do around the events ------------------------------- */
struct obj *t_new(void);			/* a fresh object (alloc_page) */
struct obj *t_next(struct t_stream *s);		/* the next object (readahead_page) */
void t_lock(struct obj *o);
void t_unlock(struct obj *o);
struct t_req *t_req_alloc(int n);
void t_submit(struct t_req *r);
int t_submit_wait(struct t_req *r);
int t_map_error(struct t_dev *dev, t_addr_t addr);

#endif
