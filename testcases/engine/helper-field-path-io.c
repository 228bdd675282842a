/* fs/direct-io.c shape: the caller stores a referenced page into
 * dio->cur_page, and dio_send_cur_page() adds dio->cur_page to the bio. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

struct dio {
	struct page *cur_page;
	unsigned int cur_page_len;
	unsigned int cur_page_offset;
	struct bio *bio;
};

static int dio_send_cur_page(struct dio *dio)
{
	if (bio_add_page(dio->bio, dio->cur_page, dio->cur_page_len, dio->cur_page_offset) != dio->cur_page_len)
		return -EIO;
	return 0;
}

int submit_page_section(struct dio *dio, struct page *page, unsigned int offset, unsigned int len)
{
	get_page(page);
	dio->cur_page = page;
	dio->cur_page_offset = offset;
	dio->cur_page_len = len;
	return dio_send_cur_page(dio); // expect: missing-accessible(submit_page_section)
}
