/* ->writepage shape: folio_start_writeback() is mark+accessible in 6.1, so
 * the folio is ready for bio_add_folio(). */
#include "kernel.h"

int write_folio(struct bio *bio, struct folio *folio, size_t len)
{
	folio_lock(folio);
	folio_start_writeback(folio);
	folio_unlock(folio);
	if (!bio_add_folio(bio, folio, len, 0)) {
		folio_end_writeback(folio);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}
