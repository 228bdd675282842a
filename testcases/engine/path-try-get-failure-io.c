/* On the failure path of t_try_mark() no marker was taken, so the I/O
 * there is the caller's concern; the success path is made accessible. */
#include "engine.h"

int add_or_borrow(struct t_req *req, struct obj *obj)
{
	int ret;

	if (!t_try_mark(obj)) {
		t_io(req, obj, T_SIZE, 0);
		return 0;
	}
	ret = t_make_obj_accessible(obj);
	if (ret) {
		t_release(obj);
		return ret;
	}
	t_io(req, obj, T_SIZE, 0);
	return 1;
}
