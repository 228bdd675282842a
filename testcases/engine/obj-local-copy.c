/* A copy of the marked pointer is the same object: the mark through one
 * name and the I/O through the other meet. */
#include "engine.h"

int add_cached(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj, *p;

	obj = t_lookup(cache, index);
	if (!obj)
		return -ENOENT;
	p = obj;
	if (t_io(req, p, T_SIZE, 0) != T_SIZE) { // expect: missing-accessible(add_cached)
		t_release(obj);
		return -EIO;
	}
	return 0;
}
