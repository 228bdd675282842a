/* The object comes from the cache on one path (marked) and is freshly
 * allocated on the others (the caller's): reported for the cached path. */
#include "engine.h"

int read_maybe_cached(struct t_req *req, struct t_cache *cache, unsigned long index, bool cached)
{
	struct obj *obj = NULL;

	if (cached)
		obj = t_lookup(cache, index);
	if (!obj)
		obj = t_new();
	if (!obj)
		return -ENOMEM;
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(read_maybe_cached)
	return t_submit_wait(req);
}
