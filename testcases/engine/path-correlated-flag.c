/* The t_try_mark() result is kept in a flag that guards both the
 * accessible call and the I/O: every marked path is ready. */
#include "engine.h"

int maybe_send(struct t_req *req, struct obj *obj, int len)
{
	bool held = t_try_mark(obj);
	int ret = 0;

	if (held)
		ret = t_make_obj_accessible(obj);
	if (ret) {
		t_release(obj);
		return ret;
	}
	if (held)
		t_io_fill(req, 0, obj, 0, len);
	return held;
}
