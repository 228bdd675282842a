/* folio_test_set_writeback() returning true means this code did not set the
 * bit: no mark on that path, so the I/O there is silent. */
#include "kernel.h"

int write_or_join(struct bio *bio, struct folio *folio)
{
	int ret;

	if (folio_test_set_writeback(folio)) {
		bio_add_folio(bio, folio, PAGE_SIZE, 0);
		return 0;
	}
	ret = arch_make_folio_accessible(folio);
	if (ret) {
		folio_end_writeback(folio);
		return ret;
	}
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
	return 1;
}
