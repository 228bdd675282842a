/* folio_ref_inc() and folio_ref_add() take markers on folios. */
#include "kernel.h"

void folio_one_bio(struct bio *bio, struct folio *folio)
{
	folio_ref_inc(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(folio_one_bio)
}

void folio_two_bios(struct bio *a, struct bio *b, struct folio *folio)
{
	folio_ref_add(folio, 2);
	bio_add_folio(a, folio, PAGE_SIZE, 0); // expect: missing-accessible(folio_two_bios)
	bio_add_folio(b, folio, PAGE_SIZE, 0); // expect: missing-accessible(folio_two_bios)
}
