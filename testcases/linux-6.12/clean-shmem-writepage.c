/* Linux 6.12's shmem_writepage() (mm/shmem.c): add_to_swap_cache() moves
 * the folio into the swap cache (its own references: neutral-get, on a zero
 * result), shmem_delete_from_page_cache() drops the page cache's with
 * folio_put_refs(), then the folio is written out.  The release after the
 * neutral-get drops that reference, not a marker this code holds: no
 * io-after-release.  Without the swap cache insertion the release would be
 * this code's (writeout_uncached). */
// limit(cocci): the release is in a helper (writeout_uncached); Coccinelle matches one function at a time
#include "kernel.h"

struct address_space { unsigned long nrpages; };

static void shmem_delete_from_page_cache(struct address_space *mapping,
					 struct folio *folio)
{
	long nr = folio_nr_pages(folio);

	mapping->nrpages -= nr;
	folio_put_refs(folio, nr);
}

int shmem_writepage(struct address_space *mapping, struct folio *folio,
		    struct bio *bio, swp_entry_t swap)
{
	if (add_to_swap_cache(folio, swap, 0, NULL) == 0) {
		shmem_delete_from_page_cache(mapping, folio);
		bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
		submit_bio(bio);
		return 0;
	}
	return -ENOMEM;
}

int writeout_uncached(struct address_space *mapping, struct folio *folio,
		      struct bio *bio)
{
	shmem_delete_from_page_cache(mapping, folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: io-after-release(writeout_uncached)
	submit_bio(bio);
	return 0;
}
