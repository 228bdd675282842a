/* A lookup helper returns the object t_lookup() marked: the caller's I/O
 * on the returned object misses the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static struct obj *lookup_page(struct t_cache *cache, unsigned long index)
{
	return t_lookup(cache, index);
}

int read_looked_up(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj = lookup_page(cache, index);

	if (!obj)
		return -ENOENT;
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(read_looked_up)
	return t_submit_wait(req);
}
