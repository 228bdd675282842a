/* I/O on a folio after this code dropped its reference. */
#include "kernel.h"

void late_add(struct bio *bio, struct folio *folio)
{
	folio_get(folio);
	if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return;
	}
	folio_put(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(late_add)
}
