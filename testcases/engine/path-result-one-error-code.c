/* The accessible call's result is compared with -EAGAIN only, to retry
 * (the retry of p9_virtio_zc_request() in Linux 6.1 net/9p/trans_virtio.c,
 * which compares virtqueue_add_sgs()'s result with -ENOSPC alone): every
 * other error goes on to the I/O. */
// limit(cocci): no value tracking: it sees the result used and cannot tell which errors reach the I/O
#include "engine.h"

int send_pinned_page(struct t_req *req, struct obj *obj)
{
	int ret;

	t_mark(obj);
retry:
	ret = t_make_obj_accessible(obj);
	if (ret == -EAGAIN)
		goto retry;
	t_io(req, obj, T_SIZE, 0); // expect: unchecked-accessible(send_pinned_page)
	return t_submit_wait(req);
}
