/* 6.12's folio lookups return ERR_PTR(-ENOENT) or ERR_PTR(-ENOMEM), never
 * NULL: the folio is marked exactly when it is a valid pointer. */
#include "kernel.h"

int read_folio_at(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (IS_ERR(folio))
		return PTR_ERR(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_folio_at)
	return 0;
}

int read_locked_folio(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_lock_folio(mapping, index);

	if (IS_ERR(folio))
		return PTR_ERR(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_locked_folio)
	folio_unlock(folio);
	return 0;
}

int read_grabbed_folio(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_grab_folio(mapping, index);

	if (IS_ERR(folio))
		return PTR_ERR(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_grabbed_folio)
	folio_unlock(folio);
	return 0;
}

int read_created_folio(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = __filemap_get_folio(mapping, index, FGP_LOCK | FGP_CREAT, GFP_KERNEL);

	if (IS_ERR_OR_NULL(folio))
		return -ENOMEM;
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(read_created_folio)
	folio_unlock(folio);
	return 0;
}
