/* A field path that held one object receives another (fs/fuse/dev.c
 * fuse_try_move_page() in 6.1: *pagep = newpage replaces the page-cache
 * page in the request's array slot).  The first object's release does not
 * leak onto the second (clean), and the second's mark is not hidden by the
 * first's accessible call (missing-accessible). */
// limit(cocci): the semantic patches match a field expression by its text on every path; a store of another object into it does not start a new object
#include "engine.h"

void replace_held(struct t_cache *cache, struct t_holder *h, struct obj *newobj,
		  struct t_req *req)
{
	h->obj = t_lookup(cache, 2);
	if (h->obj)
		t_release(h->obj);
	h->obj = newobj;
	t_io(req, h->obj, T_SIZE, 0);
}

void replace_held_marked(struct t_holder *h, struct obj *newobj, struct t_req *req)
{
	t_mark(h->obj);
	if (t_make_obj_accessible(h->obj))
		return;
	t_io(req, h->obj, T_SIZE, 0);
	h->obj = newobj;
	t_mark(h->obj);
	t_io(req, h->obj, T_SIZE, 0); // expect: missing-accessible(replace_held_marked)
}
