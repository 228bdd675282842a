/* __folio_start_writeback(), folio_start_writeback_keepwrite(),
 * set_page_writeback_keepwrite() and test_set_page_writeback() all make the
 * page accessible inside in 6.1: writeback I/O after them is clean. */
#include "kernel.h"

void wb_folio(struct bio *bio, struct folio *folio, bool keep)
{
	__folio_start_writeback(folio, keep);
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
}

void wb_folio_keepwrite(struct bio *bio, struct folio *folio)
{
	folio_start_writeback_keepwrite(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
}

void wb_page_keepwrite(struct bio *bio, struct page *page)
{
	set_page_writeback_keepwrite(page);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
}

int wb_page_test(struct bio *bio, struct page *page)
{
	if (test_set_page_writeback(page))
		return -EBUSY;
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
