/* folio_try_get(), folio_ref_try_add() and page_ref_add_unless() mark only
 * when they return true; page_ref_inc_return() always. */
#include "kernel.h"

int speculative_read(struct bio *bio, struct folio *folio)
{
	if (!folio_try_get(folio))
		return -EAGAIN;
	return bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(speculative_read)
}

int speculative_refs(struct bio *bio, struct folio *folio, int refs)
{
	if (!folio_ref_try_add(folio, refs))
		return -EAGAIN;
	return bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(speculative_refs)
}

int unless_zero(struct bio *bio, struct page *page)
{
	if (!page_ref_add_unless(page, 1, 0))
		return -EAGAIN;
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(unless_zero)
}

int counted(struct bio *bio, struct folio *folio)
{
	if (folio_ref_inc_return(folio) < 2)
		return -EINVAL;
	return bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(counted)
}
