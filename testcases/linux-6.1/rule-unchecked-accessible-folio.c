/* Writeback set by hand, then arch_make_folio_accessible() as a statement:
 * the folio is ready only if the ignored call succeeded. */
#include "kernel.h"

void writeout_folio(struct bio *bio, struct folio *folio)
{
	if (folio_test_set_writeback(folio))
		return;
	arch_make_folio_accessible(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: unchecked-accessible(writeout_folio)
	submit_bio(bio);
}
