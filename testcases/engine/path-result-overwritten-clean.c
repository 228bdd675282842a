/* path-result-overwritten.c with the accessible call's result tested
 * before err is reused (fuse_copy_page() and fuse_ref_page() in Linux 6.1
 * fs/fuse/dev.c test each err before the next call). */
#include "engine.h"

int ref_page(struct t_req *req, struct obj *obj)
{
	int err;

	t_mark(obj);
	err = t_make_obj_accessible(obj);
	if (err)
		goto out;
	err = t_submit_wait(req);
	if (err)
		goto out;
	t_io_fill(req, 0, obj, 0, T_SIZE);
	return 0;
out:
	t_release(obj);
	return err;
}
