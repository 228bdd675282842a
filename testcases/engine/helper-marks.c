/* A static helper that marks acts at its call site: the caller's t_io()
 * sees a marked object. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void hold_page(struct obj *obj)
{
	t_mark(obj);
}

int queue_held(struct t_req *req, struct obj *obj)
{
	hold_page(obj);
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(queue_held)
}
