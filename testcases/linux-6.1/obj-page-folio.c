/* page_folio() is (struct folio *)_compound_head(page): page and folio are
 * one object, so get_page() then bio_add_folio() misses the call. */
#include "kernel.h"

bool add_page_as_folio(struct bio *bio, struct page *page, size_t len)
{
	struct folio *folio = page_folio(page);

	get_page(page);
	return bio_add_folio(bio, folio, len, 0); // expect: missing-accessible(add_page_as_folio)
}
