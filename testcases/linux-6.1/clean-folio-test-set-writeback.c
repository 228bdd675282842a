/* Writeback set by hand with folio_test_set_writeback(), then the folio
 * made accessible and checked: as correct as folio_start_writeback(). */
#include "kernel.h"

int write_folio_checked(struct bio *bio, struct folio *folio)
{
	int ret;

	if (folio_test_set_writeback(folio))
		return -EBUSY;
	ret = arch_make_folio_accessible(folio);
	if (ret) {
		folio_end_writeback(folio);
		return ret;
	}
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
