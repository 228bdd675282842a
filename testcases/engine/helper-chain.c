/* Summaries compose: caller -> queue_one() -> add_one() does the I/O; the
 * caller's marked object is reported at its call to queue_one(). */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void add_one(struct t_req *req, struct obj *obj)
{
	t_io_add(req, obj, T_SIZE, 0);
}

static void queue_one(struct t_req *req, struct obj *obj)
{
	add_one(req, obj);
	t_submit(req);
}

void read_cached_chain(struct t_req *req, struct t_cache *cache, unsigned long index)
{
	struct obj *obj = t_lookup(cache, index);

	if (obj)
		queue_one(req, obj); // expect: missing-accessible(read_cached_chain)
}
