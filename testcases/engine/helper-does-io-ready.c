/* The caller marks and makes the object accessible, then a helper does the
 * I/O: nothing to report, neither in the helper nor at the call. */
#include "engine.h"

static void add_frag(struct t_req *req, int i, struct obj *obj, int len)
{
	t_io_fill(req, i, obj, 0, len);
}

int send_frag(struct t_req *req, struct obj *obj, int len)
{
	int err;

	t_mark(obj);
	err = t_make_obj_accessible(obj);
	if (err) {
		t_release(obj);
		return err;
	}
	add_frag(req, 0, obj, len);
	return 0;
}
