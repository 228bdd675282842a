/* The protocol: mark, arch_make_folio_accessible() checked, then I/O. */
#include "kernel.h"

int write_folio(struct bio *bio, struct folio *folio)
{
	folio_get(folio);
	if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return -EIO;
	}
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
