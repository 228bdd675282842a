/* read_swap_cache_async() in mm/swap_state.c: the helper returns an object
 * it found in the cache (marked by the lookup) with *allocated = false, or
 * a fresh object with *allocated = true; the caller reads only into a
 * fresh object.  The flag correlates with the path: silent.  The second
 * caller reads whatever it got, a marked object included: reported. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

struct obj *get_swap_page(struct t_cache *cache, unsigned long index, bool *allocated)
{
	struct obj *obj;

	*allocated = false;
	obj = t_lookup(cache, index);
	if (obj)
		return obj;
	obj = t_new();
	if (!obj)
		return NULL;
	*allocated = true;
	return obj;
}

struct obj *read_swap(struct t_cache *cache, unsigned long index, struct t_req *req)
{
	bool allocated;
	struct obj *obj = get_swap_page(cache, index, &allocated);

	if (allocated)
		t_io(req, obj, T_SIZE, 0);
	return obj;
}

struct obj *read_swap_always(struct t_cache *cache, unsigned long index, struct t_req *req)
{
	bool allocated;
	struct obj *obj = get_swap_page(cache, index, &allocated);

	if (obj)
		t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(read_swap_always)
	return obj;
}
