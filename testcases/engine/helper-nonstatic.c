/* Summaries are for every function of the file, not only static ones: an
 * exported helper that marks acts at its call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

void page_hold(struct obj *obj)
{
	t_mark(obj);
}

int queue_held_page(struct t_req *req, struct obj *obj)
{
	page_hold(obj);
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(queue_held_page)
}
