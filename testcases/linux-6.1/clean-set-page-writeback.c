/* set_page_writeback() before the bio, end_page_writeback() in the
 * completion path: clean. */
#include "kernel.h"

void write_page_end_io(struct page *page)
{
	end_page_writeback(page);
}

int write_page_async(struct bio *bio, struct page *page)
{
	lock_page(page);
	set_page_writeback(page);
	unlock_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
