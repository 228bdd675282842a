/* The accessible call's result is kept in err and overwritten by the next
 * call before any test (the shape of fuse_copy_page() and fuse_ref_page()
 * in Linux 6.1 fs/fuse/dev.c: err = fuse_copy_fill(cs); then get_page()
 * and the page stored into the pipe buffer). */
// limit(cocci): no value tracking: it sees the result assigned and not that the assignment is overwritten
#include "engine.h"

int ref_page(struct t_req *req, struct obj *obj)
{
	int err;

	t_mark(obj);
	err = t_make_obj_accessible(obj);
	err = t_submit_wait(req);
	if (err) {
		t_release(obj);
		return err;
	}
	t_io_fill(req, 0, obj, 0, T_SIZE); // expect: unchecked-accessible(ref_page)
	return 0;
}
