/* A variable that held a released object receives an object that
 * t_lookup() marks: the new object starts unmarked, then is marked, and
 * I/O on it without t_make_obj_accessible() is reported as
 * missing-accessible, not as io-after-release. */
#include "engine.h"

int reread(struct t_cache *cache, struct obj *obj, struct t_req *req)
{
	t_mark(obj);
	if (t_make_obj_accessible(obj)) {
		t_release(obj);
		return -EIO;
	}
	t_io(req, obj, T_SIZE, 0);
	t_release(obj);
	obj = t_lookup(cache, 1);
	if (!obj)
		return -ENOENT;
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(reread)
}
