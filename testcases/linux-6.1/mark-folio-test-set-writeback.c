/* folio_test_set_writeback() returns the old bit: when it was clear this
 * code set Writeback by hand, a marker with no 6.1 accessible call inside. */
#include "kernel.h"

int write_folio_raw(struct bio *bio, struct folio *folio)
{
	if (folio_test_set_writeback(folio))
		return -EBUSY;
	if (!bio_add_folio(bio, folio, PAGE_SIZE, 0)) { // expect: missing-accessible(write_folio_raw)
		folio_end_writeback(folio);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}
