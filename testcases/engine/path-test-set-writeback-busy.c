/* t_test_and_mark() returning true means this code did not set the flag:
 * no mark on that path, so the I/O there is silent. */
#include "engine.h"

int write_or_join(struct t_req *req, struct obj *obj)
{
	int ret;

	if (t_test_and_mark(obj)) {
		t_io_ok(req, obj, T_SIZE, 0);
		return 0;
	}
	ret = t_make_obj_accessible(obj);
	if (ret) {
		t_clear(obj);
		return ret;
	}
	t_io_ok(req, obj, T_SIZE, 0);
	t_submit(req);
	return 1;
}
