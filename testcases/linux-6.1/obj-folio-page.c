/* folio_page() and nth_page() keep the object: a folio reference, then the
 * folio's pages go to the bio with no accessible call. */
#include "kernel.h"

void add_folio_pages(struct bio *bio, struct folio *folio, int nr)
{
	int i;

	folio_get(folio);
	bio_add_page(bio, folio_page(folio, 0), PAGE_SIZE, 0); // expect: missing-accessible(add_folio_pages)
	for (i = 1; i < nr; i++)
		bio_add_page(bio, nth_page(&folio->page, i), PAGE_SIZE, 0); // expect: missing-accessible(add_folio_pages)
}
