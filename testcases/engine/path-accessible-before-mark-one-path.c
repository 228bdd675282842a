/* Only the fast path calls t_make_obj_accessible(), and before t_mark();
 * the other path never calls it: both rules at one I/O site. */
#include "engine.h"

int add_user_page(struct t_req *req, struct obj *obj, bool fast)
{
	if (fast && t_make_obj_accessible(obj))
		return -EIO;
	t_mark(obj);
	return t_io(req, obj, T_SIZE, 0); // expect: accessible-before-mark(add_user_page), missing-accessible(add_user_page)
}
