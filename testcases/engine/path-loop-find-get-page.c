/* A loop over cache indices: each pass marks a new object and sends it,
 * and a cache miss continues with no marker. */
#include "engine.h"

int read_range(struct t_req *req, struct t_cache *cache, unsigned long first, unsigned long last)
{
	struct obj *obj;
	unsigned long index;
	int added = 0;

	for (index = first; index <= last; index++) {
		obj = t_lookup(cache, index);
		if (!obj)
			continue;
		if (t_io(req, obj, T_SIZE, 0) != T_SIZE) { // expect: missing-accessible(read_range)
			t_release(obj);
			break;
		}
		added++;
	}
	return added;
}
