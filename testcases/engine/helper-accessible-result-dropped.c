/* The helper keeps the accessible call's result and returns another value
 * (__folio_start_writeback() in Linux 6.1 mm/page-writeback.c:
 * access_ret = arch_make_folio_accessible(folio); VM_BUG_ON_FOLIO(access_ret
 * != 0, folio), no test without CONFIG_DEBUG_VM; return ret): the caller's
 * test of the helper's result does not check the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int start_io(struct obj *obj, int busy)
{
	int access_ret;

	access_ret = t_make_obj_accessible(obj);
	(void)access_ret;
	return busy;
}

int write_one(struct t_req *req, struct obj *obj, int busy)
{
	t_mark(obj);
	if (start_io(obj, busy)) {
		t_release(obj);
		return -EIO;
	}
	t_io(req, obj, T_SIZE, 0); // expect: unchecked-accessible(write_one)
	return 0;
}
