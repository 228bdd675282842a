/* &folio->page is the folio's head page: accessible through the page makes
 * the folio ready; a marked folio sent as &folio->page misses the call. */
#include "kernel.h"

int folio_to_bio(struct bio *bio, struct folio *folio)
{
	struct page *page = &folio->page;

	folio_get(folio);
	if (arch_make_page_accessible(page)) {
		folio_put(folio);
		return -EIO;
	}
	return bio_add_folio(bio, folio, PAGE_SIZE, 0) ? 0 : -EIO;
}

void folio_to_sg(struct scatterlist *sg, struct folio *folio)
{
	folio_get(folio);
	sg_set_page(sg, &folio->page, PAGE_SIZE, 0); // expect: missing-accessible(folio_to_sg)
}
