/* Inside the t_get_many() loop the accessible call comes after the I/O:
 * on the first pass the objects reach I/O only marked. */
#include "engine.h"

int add_pages_late(struct t_req *req, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int i, n;

	n = t_get_many(uaddr, nr, 0, objs);
	if (n <= 0)
		return -EFAULT;
	for (i = 0; i < n; i++) {
		t_io(req, objs[i], T_SIZE, 0); // expect: missing-accessible(add_pages_late)
		if (t_make_obj_accessible(objs[i]))
			break;
	}
	return t_submit_wait(req);
}
