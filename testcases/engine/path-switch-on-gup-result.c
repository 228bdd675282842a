/* A switch on the t_get_many() count: the cases with objects are marked
 * and miss the accessible call; the error cases return. */
#include "engine.h"

int read_two_user_pages(struct t_req *req, unsigned long uaddr)
{
	struct obj *objs[2];
	int n;

	n = t_get_many(uaddr, 2, T_WRITE, objs);
	switch (n) {
	case 2:
		t_io(req, objs[1], T_SIZE, 0); // expect: missing-accessible(read_two_user_pages)
		/* fall through */
	case 1:
		t_io(req, objs[0], T_SIZE, 0); // expect: missing-accessible(read_two_user_pages)
		break;
	default:
		return n < 0 ? n : -EFAULT;
	}
	return t_submit_wait(req);
}
