/* The "already prepared" shortcut jumps over the accessible call to the
 * label that sends the object; the error label drops the marker. */
#include "engine.h"

int submit_or_skip(struct t_req *req, struct obj *obj, bool prepared)
{
	int ret;

	t_mark(obj);
	if (prepared)
		goto add;
	ret = t_make_obj_accessible(obj);
	if (ret)
		goto out_put;
add:
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(submit_or_skip)
	t_submit(req);
	return 0;
out_put:
	t_release(obj);
	return ret;
}
