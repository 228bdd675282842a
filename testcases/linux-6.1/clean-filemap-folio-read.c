/* filemap_get_folio(), checked arch_make_folio_accessible(), bio, and the
 * reference dropped after the I/O completes. */
#include "kernel.h"

int read_folio_sync(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio;
	int ret;

	folio = filemap_get_folio(mapping, index);
	if (!folio)
		return -ENOENT;
	ret = arch_make_folio_accessible(folio);
	if (!ret) {
		bio_add_folio(bio, folio, PAGE_SIZE, 0);
		ret = submit_bio_wait(bio);
	}
	folio_put(folio);
	return ret;
}
