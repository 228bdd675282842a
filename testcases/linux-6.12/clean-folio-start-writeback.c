/* __folio_start_writeback() (void in 6.12) calls arch_make_folio_accessible():
 * folio_start_writeback(), _keepwrite() and set_page_writeback() are clean. */
#include "kernel.h"

void writepage_folio(struct bio *bio, struct folio *folio)
{
	folio_start_writeback(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
}

void writepage_keepwrite(struct bio *bio, struct folio *folio)
{
	folio_start_writeback_keepwrite(folio);
	if (!bio_add_folio(bio, folio, PAGE_SIZE, 0))
		folio_end_writeback(folio);
}

void writepage_page(struct bio *bio, struct page *page)
{
	set_page_writeback(page);
	__bio_add_page(bio, page, PAGE_SIZE, 0);
}
