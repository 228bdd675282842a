/* When the request is full, the retry path drops the marker and jumps
 * back to add the same object to a new request: I/O after release. */
#include "engine.h"

int add_with_retry(struct t_cache *cache, unsigned long index, struct t_req *req)
{
	struct obj *obj = t_lookup(cache, index);

	if (!obj)
		return -ENOENT;
	if (t_make_obj_accessible(obj)) {
		t_release(obj);
		return -EIO;
	}
again:
	if (t_io(req, obj, T_SIZE, 0) != T_SIZE) { // expect: io-after-release(add_with_retry)
		t_submit(req);
		t_release(obj);
		req = t_req_alloc(1);
		goto again;
	}
	t_submit(req);
	return 0;
}
