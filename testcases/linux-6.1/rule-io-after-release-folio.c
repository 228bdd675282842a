/* folio_put() comes before the folio is added to the bio. */
#include "kernel.h"

void readahead_one(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (!folio)
		return;
	if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return;
	}
	folio_put(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(readahead_one)
}
