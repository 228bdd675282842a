/* helper-accessible-result-dropped.c with the accessible call's result
 * returned untested: the caller's test of the helper's result checks it
 * (the result that __folio_start_writeback() in Linux 6.1
 * mm/page-writeback.c keeps in access_ret, returned instead). */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int start_io(struct obj *obj)
{
	int access_ret;

	access_ret = t_make_obj_accessible(obj);
	return access_ret;
}

int write_one(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	if (start_io(obj)) {
		t_release(obj);
		return -EIO;
	}
	t_io(req, obj, T_SIZE, 0);
	return 0;
}

int write_one_retry(struct t_req *req, struct obj *obj)
{
	int err;

	t_mark(obj);
	do {
		err = start_io(obj);
	} while (err == -EAGAIN);
	t_io(req, obj, T_SIZE, 0); // expect: unchecked-accessible(write_one_retry)
	return err;
}
