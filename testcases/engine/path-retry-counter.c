/* A retry counter that reaches zero only on the path that released the
 * object (the retries counter of p9_client_clunk() in Linux 6.1
 * net/9p/client.c, counting failed attempts): the test of the counter after
 * the loop keeps the released object from the I/O. */
// limit(cocci): no value tracking: it cannot tell that the counter is zero exactly where the object was released
#include "engine.h"

int send_retry(struct t_req *req, struct obj *obj)
{
	int tries = 3;

	while (tries > 0) {
		t_mark(obj);
		if (!t_make_obj_accessible(obj))
			break;
		t_release(obj);
		tries--;
	}
	if (!tries)
		return -EAGAIN;
	t_io(req, obj, T_SIZE, 0);
	t_release(obj);
	return 0;
}
