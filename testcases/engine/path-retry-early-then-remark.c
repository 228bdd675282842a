/* The accessible call sits before the retry label, the mark after it: the
 * first pass is accessible-before-mark, a retry after t_release() has none. */
#include "engine.h"

int send_retry(struct obj *obj, int tries)
{
	struct t_req *req;

	if (t_make_obj_accessible(obj))
		return -EIO;
again:
	t_mark(obj);
	req = t_req_alloc(1);
	if (!req) {
		t_release(obj);
		if (tries-- > 0)
			goto again;
		return -ENOMEM;
	}
	t_io(req, obj, T_SIZE, 0); // expect: accessible-before-mark(send_retry), missing-accessible(send_retry)
	return t_submit_wait(req);
}
