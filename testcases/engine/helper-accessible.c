/* The accessible call (checked) lives in a helper whose result the caller
 * tests: the object is ready at the caller's I/O. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int prepare_page_for_io(struct obj *obj)
{
	int ret = t_make_obj_accessible(obj);

	if (ret)
		t_unlock(obj);
	return ret;
}

int write_locked_page(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	t_lock(obj);
	if (prepare_page_for_io(obj)) {
		t_release(obj);
		return -EIO;
	}
	t_io(req, obj, T_SIZE, 0);
	t_unlock(obj);
	return 0;
}
