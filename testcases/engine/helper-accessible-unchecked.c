/* The helper calls t_make_obj_accessible() as a statement: the caller's
 * object is READY only through a discarded result. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void make_accessible_quiet(struct obj *obj)
{
	t_make_obj_accessible(obj);
}

void send_quiet(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	make_accessible_quiet(obj);
	t_io(req, obj, T_SIZE, 0); // expect: unchecked-accessible(send_quiet)
}
