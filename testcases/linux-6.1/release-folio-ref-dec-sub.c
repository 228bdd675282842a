/* folio_ref_dec(), folio_ref_sub() and folio_put_refs() drop markers on
 * folios. */
#include "kernel.h"

void folio_drop_dec(struct bio *bio, struct folio *folio)
{
	folio_ref_inc(folio);
	if (arch_make_folio_accessible(folio) != 0)
		return;
	folio_ref_dec(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(folio_drop_dec)
}

void folio_drop_sub(struct bio *bio, struct folio *folio, int refs)
{
	folio_ref_add(folio, refs);
	if (arch_make_folio_accessible(folio) != 0)
		return;
	folio_ref_sub(folio, refs);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(folio_drop_sub)
}

void folio_drop_refs(struct bio *bio, struct folio *folio, int refs)
{
	folio_ref_add(folio, refs);
	if (arch_make_folio_accessible(folio))
		return;
	folio_put_refs(folio, refs);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(folio_drop_refs)
}
