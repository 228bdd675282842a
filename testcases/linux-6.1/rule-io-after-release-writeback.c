/* folio_end_writeback() on an empty write, then the folio is still added
 * to the bio. */
#include "kernel.h"

int write_one(struct bio *bio, struct folio *folio, size_t len)
{
	folio_start_writeback(folio);
	if (len == 0)
		folio_end_writeback(folio);
	if (!bio_add_folio(bio, folio, len, 0)) // expect: io-after-release(write_one)
		return -EIO;
	submit_bio(bio);
	return 0;
}
