/* Accessible first, then t_try_mark(): on its failure path there is no
 * mark, so the object is still only EARLY there and the I/O is silent;
 * the success path is accessible-before-mark. */
#include "engine.h"

int send_or_borrow(struct t_req *req, struct obj *obj, int len)
{
	if (t_make_obj_accessible(obj))
		return -EIO;
	if (!t_try_mark(obj)) {
		t_io_fill(req, 0, obj, 0, len);
		return 0;
	}
	t_io_fill(req, 1, obj, 0, len); // expect: accessible-before-mark(send_or_borrow)
	return 1;
}
