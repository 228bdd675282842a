/* filemap_get_folio(), filemap_lock_folio() and __filemap_get_folio() mark
 * the folio they return when it is not NULL (6.1 returns NULL on failure). */
#include "kernel.h"

int read_folio_at(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (!folio)
		return -ENOENT;
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_folio_at)
	return 0;
}

int read_locked_folio(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_lock_folio(mapping, index);

	if (!folio)
		return -ENOENT;
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_locked_folio)
	folio_unlock(folio);
	return 0;
}

int read_created_folio(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = __filemap_get_folio(mapping, index, FGP_LOCK | FGP_CREAT, GFP_KERNEL);

	if (!folio)
		return -ENOMEM;
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_created_folio)
	folio_unlock(folio);
	return 0;
}
