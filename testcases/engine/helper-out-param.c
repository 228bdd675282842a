/* A lookup helper hands the marked object back through a struct obj **
 * out parameter; the caller does I/O on it without the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int lookup_page_out(struct t_cache *cache, unsigned long index, struct obj **objp)
{
	*objp = t_lookup(cache, index);
	return *objp ? 0 : -ENOENT;
}

int read_via_out(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj;

	if (lookup_page_out(cache, index, &obj))
		return -ENOENT;
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(read_via_out)
	return t_submit_wait(req);
}
