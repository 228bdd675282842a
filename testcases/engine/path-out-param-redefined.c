/* shmem_file_read_iter(): each iteration gets a new folio through an
 * out-parameter and puts it after the copy; the put of the last iteration
 * says nothing of the next folio: no io-after-release. */
#include "kernel.h"

int lookup(struct address_space *mapping, pgoff_t index, struct folio **foliop);

int read_all(struct address_space *mapping, struct bio *bio, pgoff_t n)
{
	struct folio *folio;
	pgoff_t i;

	for (i = 0; i < n; i++) {
		if (lookup(mapping, i, &folio))
			return -EIO;
		if (bio_add_folio(bio, folio, PAGE_SIZE, 0))
			return -EIO;
		folio_put(folio);
	}
	return 0;
}
