/* The t_get_many() count is tested twice: the object is made accessible
 * under n > 0 and sent under n == 1, so every marked path is ready at the
 * I/O. */
// limit(cocci): no value tracking: it cannot tell that the two tests of the count exclude each other
#include "engine.h"

int read_one_user_page(struct t_req *req, unsigned long uaddr)
{
	struct obj *objs[1];
	int n, ret = 0;

	n = t_get_many(uaddr, 1, T_WRITE, objs);
	if (n > 0) {
		ret = t_make_obj_accessible(objs[0]);
		if (ret)
			goto out;
	}
	if (n == 1)
		t_io(req, objs[0], T_SIZE, 0);
	ret = t_submit_wait(req);
out:
	if (n > 0)
		t_release(objs[0]);
	return ret;
}
