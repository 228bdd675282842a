/* A helper that drops the marker releases at its call site: the caller's
 * later I/O is I/O after release. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void drop_page(struct obj *obj)
{
	t_unlock(obj);
	t_release(obj);
}

int write_then_drop(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	t_lock(obj);
	if (t_make_obj_accessible(obj)) {
		drop_page(obj);
		return -EIO;
	}
	drop_page(obj);
	t_io(req, obj, T_SIZE, 0); // expect: io-after-release(write_then_drop)
	return 0;
}
