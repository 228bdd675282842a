/* The helper does the I/O on its parameter (the caller's obligation): the
 * caller marked without the accessible call, reported at the helper call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int add_page_to_bio(struct t_req *req, struct obj *obj, unsigned int len)
{
	if (t_io(req, obj, len, 0) != len)
		return -EIO;
	return 0;
}

int send_page(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	return add_page_to_bio(req, obj, T_SIZE); // expect: missing-accessible(send_page)
}
