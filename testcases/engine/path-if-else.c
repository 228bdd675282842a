/* Only the write branch makes the object accessible; the read branch
 * reaches the I/O with the object only marked. */
#include "engine.h"

int rw_page(struct t_req *req, struct obj *obj, bool write)
{
	t_mark(obj);
	if (write) {
		if (t_make_obj_accessible(obj)) {
			t_release(obj);
			return -EIO;
		}
	} else {
		t_lock(obj);
	}
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(rw_page)
	return 0;
}
