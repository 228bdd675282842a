/* t_lookup() marks only a non-NULL result: the miss path sends a fresh
 * object with no marker here, the hit path makes the found object
 * accessible. */
#include "engine.h"

int read_or_alloc(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj = t_lookup(cache, index);
	int ret;

	if (!obj) {
		obj = t_new();
		if (!obj)
			return -ENOMEM;
		t_io(req, obj, T_SIZE, 0);
		return t_submit_wait(req);
	}
	ret = t_make_obj_accessible(obj);
	if (ret) {
		t_release(obj);
		return ret;
	}
	t_io(req, obj, T_SIZE, 0);
	return t_submit_wait(req);
}
