/* The caller makes the object accessible, then a helper marks it: the
 * helper's mark comes after the call, so the I/O is accessible-before-mark. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void hold_page(struct obj *obj)
{
	t_mark(obj);
}

int hold_late(struct t_req *req, struct obj *obj)
{
	if (t_make_obj_accessible(obj))
		return -EIO;
	hold_page(obj);
	t_io(req, obj, T_SIZE, 0); // expect: accessible-before-mark(hold_late)
	return 0;
}
