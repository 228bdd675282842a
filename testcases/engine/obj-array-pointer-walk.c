/* Walking the t_get_many() array with a pointer (pp = objs; pp++) still
 * reaches its elements: one object. */
#include "engine.h"

int walk_user_pages(struct t_req *req, unsigned long uaddr, int nr)
{
	struct obj *objs[16], **pp;
	int n;

	n = t_get_many(uaddr, nr, 0, objs);
	if (n <= 0)
		return -EFAULT;
	for (pp = objs; pp < objs + n; pp++)
		t_io(req, *pp, T_SIZE, 0); // expect: missing-accessible(walk_user_pages)
	return t_submit_wait(req);
}
