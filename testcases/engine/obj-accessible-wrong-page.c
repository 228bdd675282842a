/* Copy-paste bug: the source object is made accessible, the destination
 * object that was marked goes to I/O. Different objects. */
#include "engine.h"

int copy_pages_io(struct t_req *req, struct obj *src, struct obj *dst)
{
	t_mark(dst);
	if (t_make_obj_accessible(src)) {
		t_release(dst);
		return -EIO;
	}
	t_io(req, src, T_SIZE, 0);
	t_io(req, dst, T_SIZE, 0); // expect: missing-accessible(copy_pages_io)
	return 0;
}
