/* The helper is defined after its caller (forward declaration): summaries
 * are computed callee-first whatever the order in the file. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int queue_for_io(struct t_req *req, struct obj *obj);

int read_page_fwd(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	return queue_for_io(req, obj); // expect: missing-accessible(read_page_fwd)
}

static int queue_for_io(struct t_req *req, struct obj *obj)
{
	t_io_add(req, obj, T_SIZE, 0);
	t_submit(req);
	return 0;
}
