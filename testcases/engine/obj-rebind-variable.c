/* A variable that held a page-cache object, peeked at and released,
 * receives the request's own object (fs/fuse/dev.c fuse_try_move_page() in
 * 6.1: oldpage = *pagep is looked at and put, newpage = buf->page takes its
 * place).  Objects are flow-sensitive: the release of the first does not
 * stain the second, which the caller owns (no finding), and a mark of the
 * second is not hidden by the first one's accessible call. */
// limit(cocci): the semantic patches follow a variable by its name; an assignment of another object to it does not start a new object
#include "engine.h"

int move_obj(struct t_cache *cache, struct t_holder *h, struct t_req *req)
{
	struct obj *obj = t_lookup(cache, 1);

	if (obj) {
		if (obj->flags & 1)
			h->size = 0;
		t_release(obj);
	}
	obj = h->obj;
	return t_io(req, obj, T_SIZE, 0);
}

int move_obj_marked(struct t_cache *cache, struct t_holder *h, struct t_req *req)
{
	struct obj *obj = t_lookup(cache, 1);

	if (!obj)
		return -ENOENT;
	if (t_make_obj_accessible(obj))
		return -EIO;
	t_io(req, obj, T_SIZE, 0);
	obj = h->obj;
	t_mark(obj);
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(move_obj_marked)
}
