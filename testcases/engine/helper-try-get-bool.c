/* A bool helper wrapping t_try_mark(): the caller tests it, and on the
 * true path the object is marked and reaches the I/O without the call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static bool page_grab(struct obj *obj)
{
	return t_try_mark(obj);
}

int frag_if_grabbed(struct t_req *req, struct obj *obj, int len)
{
	if (!page_grab(obj))
		return -EAGAIN;
	t_io_fill(req, 0, obj, 0, len); // expect: missing-accessible(frag_if_grabbed)
	return 0;
}
