/* path-retry-counter.c with the wrong test after the loop (tries < 0,
 * which the counter of p9_client_clunk() in Linux 6.1 net/9p/client.c
 * never reaches): when every attempt failed, the released object goes to
 * the I/O. */
// limit(cocci): no value tracking: the released path is there for it too, but it also reports the path the counter excludes
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
	if (tries < 0)
		return -EAGAIN;
	t_io(req, obj, T_SIZE, 0); // expect: io-after-release(send_retry)
	t_release(obj);
	return 0;
}
