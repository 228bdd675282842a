/* When the bool helper fails no marker was taken: the fallback that sends
 * the caller's object on that path stays silent. */
#include "engine.h"

static bool page_grab(struct obj *obj)
{
	return t_try_mark(obj);
}

int frag_or_borrow(struct t_req *req, struct obj *obj, int len)
{
	if (!page_grab(obj)) {
		t_io_fill(req, 0, obj, 0, len);
		return 0;
	}
	if (t_make_obj_accessible(obj)) {
		t_release(obj);
		return -EIO;
	}
	t_io_fill(req, 0, obj, 0, len);
	return 1;
}
