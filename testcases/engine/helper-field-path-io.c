/* fs/direct-io.c shape: the caller stores a marked object into
 * dio->cur_page, and dio_send_cur_page() does I/O on dio->cur_page. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

struct dio {
	struct obj *cur_page;
	unsigned int cur_page_len;
	unsigned int cur_page_offset;
	struct t_req *req;
};

static int dio_send_cur_page(struct dio *dio)
{
	if (t_io(dio->req, dio->cur_page, dio->cur_page_len, dio->cur_page_offset) != dio->cur_page_len)
		return -EIO;
	return 0;
}

int submit_page_section(struct dio *dio, struct obj *obj, unsigned int offset, unsigned int len)
{
	t_mark(obj);
	dio->cur_page = obj;
	dio->cur_page_offset = offset;
	dio->cur_page_len = len;
	return dio_send_cur_page(dio); // expect: missing-accessible(submit_page_section)
}
