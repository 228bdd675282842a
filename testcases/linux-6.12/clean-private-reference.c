/* folio_attach_private()'s reference belongs to folio->private and the page
 * cache's to the mapping: neither is a pending-I/O marker. */
#include "kernel.h"

void attach_and_write(struct bio *bio, struct folio *folio, void *state)
{
	folio_attach_private(folio, state);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
}

int add_and_read(struct bio *bio, struct address_space *mapping, struct folio *folio, pgoff_t index)
{
	if (filemap_add_folio(mapping, folio, index, GFP_KERNEL))
		return -ENOMEM;
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
	return 0;
}
