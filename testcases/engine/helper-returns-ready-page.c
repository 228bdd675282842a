/* A lookup helper returns the object already marked and made accessible
 * (or NULL): the caller's I/O on it is clean. */
#include "engine.h"

static struct obj *get_ready_page(struct t_cache *cache, unsigned long index)
{
	struct obj *obj = t_lookup(cache, index);

	if (!obj)
		return NULL;
	if (t_make_obj_accessible(obj)) {
		t_release(obj);
		return NULL;
	}
	return obj;
}

int read_ready(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj = get_ready_page(cache, index);

	if (!obj)
		return -ENOENT;
	t_io(req, obj, T_SIZE, 0);
	return t_submit_wait(req);
}
