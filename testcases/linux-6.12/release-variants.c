/* The 6.12 release functions: I/O after them is io-after-release. */
#include "kernel.h"

void after_unpin_range(struct bio *bio, struct page *page)
{
	unpin_user_page_range_dirty_lock(page, 1, true);
	__bio_add_page(bio, page, PAGE_SIZE, 0); // expect: io-after-release(after_unpin_range)
}

void after_unpin_user_folio(struct bio *bio, struct folio *folio)
{
	unpin_user_folio(folio, 1);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(after_unpin_user_folio)
}

void after_put_refs(struct bio *bio, struct folio *folio)
{
	folio_ref_add(folio, 2);
	if (arch_make_folio_accessible(folio))
		return;
	folio_put_refs(folio, 2);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(after_put_refs)
}

void after_end_page_writeback(struct bio *bio, struct page *page)
{
	set_page_writeback(page);
	end_page_writeback(page);
	__bio_add_page(bio, page, PAGE_SIZE, 0); // expect: io-after-release(after_end_page_writeback)
}
