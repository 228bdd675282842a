/* A helper that itself marks and does the I/O without the accessible call
 * gets the finding inside the helper, not at its call sites. */
#include "engine.h"

static void attach_page(struct t_req *req, int i, struct obj *obj, int len)
{
	t_mark(obj);
	t_io_frag(req, i, obj, 0, len, T_SIZE); // expect: missing-accessible(attach_page)
}

void attach_two(struct t_req *req, struct obj *a, struct obj *b)
{
	attach_page(req, 0, a, T_SIZE);
	attach_page(req, 1, b, T_SIZE);
}
