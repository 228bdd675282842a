/* The same bool helper, used correctly: marked on true, then made
 * accessible and checked before the I/O. */
#include "engine.h"

static bool page_grab(struct obj *obj)
{
	return t_try_mark(obj);
}

int frag_grabbed_ready(struct t_req *req, struct obj *obj, int len)
{
	if (!page_grab(obj))
		return -EAGAIN;
	if (t_make_obj_accessible(obj)) {
		t_release(obj);
		return -EIO;
	}
	t_io_fill(req, 0, obj, 0, len);
	return 0;
}
