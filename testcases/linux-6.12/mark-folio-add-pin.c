/* folio_add_pin() adds a pin to a folio the caller holds: a mark without
 * the accessible call. */
#include "kernel.h"

void repin_and_map(struct scatterlist *sg, struct folio *folio)
{
	folio_add_pin(folio);
	sg_set_folio(sg, folio, PAGE_SIZE, 0); // expect: missing-accessible(repin_and_map)
}

int repin_checked(struct scatterlist *sg, struct folio *folio)
{
	folio_add_pin(folio);
	if (arch_make_folio_accessible(folio)) {
		unpin_folio(folio);
		return -EIO;
	}
	sg_set_folio(sg, folio, PAGE_SIZE, 0);
	return 0;
}

void repin_unpinned_io(struct bio *bio, struct folio *folio)
{
	folio_add_pin(folio);
	if (arch_make_folio_accessible(folio))
		return;
	unpin_folio(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(repin_unpinned_io)
}
