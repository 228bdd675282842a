/* path-result-one-error-code.c with its other errors handled: -EAGAIN
 * retries (as p9_virtio_zc_request() in Linux 6.1 net/9p/trans_virtio.c
 * retries on -ENOSPC), any other error releases the object and returns. */
#include "engine.h"

int send_pinned_page(struct t_req *req, struct obj *obj)
{
	int ret;

	t_mark(obj);
retry:
	ret = t_make_obj_accessible(obj);
	if (ret == -EAGAIN)
		goto retry;
	if (ret) {
		t_release(obj);
		return ret;
	}
	t_io(req, obj, T_SIZE, 0);
	return t_submit_wait(req);
}
