/* Writeback set by hand (folio_test_set_writeback(), TestSetPageWriteback():
 * static inlines that return the old bit) is a mark without the call. */
#include "kernel.h"

void raw_writeback(struct bio *bio, struct folio *folio)
{
	if (folio_test_set_writeback(folio))
		return;
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(raw_writeback)
}

void raw_page_writeback(struct bio *bio, struct page *page)
{
	if (TestSetPageWriteback(page))
		return;
	__bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(raw_page_writeback)
}

void writeback_then_end(struct bio *bio, struct folio *folio)
{
	if (folio_test_set_writeback(folio))
		return;
	if (arch_make_folio_accessible(folio))
		return;
	folio_end_writeback(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(writeback_then_end)
}
