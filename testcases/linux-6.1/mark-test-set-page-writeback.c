/* TestSetPageWriteback() is the page form of the raw Writeback setter:
 * marked when it returns 0. */
#include "kernel.h"

int write_page_raw(struct bio *bio, struct page *page)
{
	if (TestSetPageWriteback(page))
		return -EBUSY;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(write_page_raw)
	submit_bio(bio);
	return 0;
}
