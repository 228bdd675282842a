/* One branch puts the zero object (exempt) into the variable, the other a
 * marked object from the cache; the branches merge before the I/O
 * (fs/direct-io.c dio_refill_pages() in 6.1: ZERO_PAGE(0) on a fault,
 * else the pages iov_iter_get_pages2() referenced).  The exemption of the
 * zero object holds on its own path only: on the other path the mark with
 * no accessible call is reported, and made accessible there it is clean. */
// limit(cocci): the semantic patches follow a variable by its name; the exempt object assigned on one branch exempts it on every path
#include "engine.h"

int refill(struct t_cache *cache, int fault, struct t_req *req)
{
	struct obj *obj;

	if (fault) {
		obj = &t_zero_obj;
		t_mark(obj);
	} else {
		obj = t_lookup(cache, 3);
		if (!obj)
			return -ENOENT;
	}
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(refill)
}

int refill_accessible(struct t_cache *cache, int fault, struct t_req *req)
{
	struct obj *obj;

	if (fault) {
		obj = &t_zero_obj;
		t_mark(obj);
	} else {
		obj = t_lookup(cache, 3);
		if (!obj)
			return -ENOENT;
		if (t_make_obj_accessible(obj)) {
			t_release(obj);
			return -EIO;
		}
	}
	return t_io(req, obj, T_SIZE, 0);
}
