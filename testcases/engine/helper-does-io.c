/* The helper does the I/O on its parameter (the caller's obligation): the
 * caller marked without the accessible call, reported at the helper call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int add_page_to_bio(struct bio *bio, struct page *page, unsigned int len)
{
	if (bio_add_page(bio, page, len, 0) != len)
		return -EIO;
	return 0;
}

int send_page(struct bio *bio, struct page *page)
{
	get_page(page);
	return add_page_to_bio(bio, page, PAGE_SIZE); // expect: missing-accessible(send_page)
}
