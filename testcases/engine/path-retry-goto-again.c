/* goto again after a failed accessible call: every pass re-takes the
 * marker and re-makes the object accessible before the I/O. */
#include "engine.h"

int read_stable_page(struct t_req *req, struct t_cache *cache, unsigned long index, int tries)
{
	struct obj *obj;
	int ret;

again:
	obj = t_lookup(cache, index);
	if (!obj)
		return -ENOENT;
	ret = t_make_obj_accessible(obj);
	if (ret == -EAGAIN && tries-- > 0) {
		t_unlock(obj);
		t_release(obj);
		goto again;
	}
	if (ret) {
		t_unlock(obj);
		t_release(obj);
		return ret;
	}
	t_io(req, obj, T_SIZE, 0);
	t_unlock(obj);
	return t_submit_wait(req);
}
