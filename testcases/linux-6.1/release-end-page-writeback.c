/* end_page_writeback() ends the Writeback marker set by set_page_writeback():
 * the fall-through to the bio is I/O after release. */
#include "kernel.h"

int write_page(struct bio *bio, struct page *page, unsigned int len)
{
	set_page_writeback(page);
	if (len == 0)
		end_page_writeback(page);
	bio_add_page(bio, page, len, 0); // expect: io-after-release(write_page)
	submit_bio(bio);
	return 0;
}
