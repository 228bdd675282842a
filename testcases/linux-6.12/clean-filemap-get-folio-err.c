/* The error pointer is not a folio: on the IS_ERR() branch nothing was
 * marked; on the other the folio is made accessible before the I/O. */
#include "kernel.h"
// limit(cocci): objects are flow-insensitive there: folio = spare makes the spare folio and the looked-up one one object, so the mark reaches the I/O through the IS_ERR() branch

int read_or_fallback(struct bio *bio, struct address_space *mapping, pgoff_t index,
		     struct folio *spare)
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (IS_ERR(folio)) {
		folio = spare;
	} else if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return -EIO;
	}
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
	return 0;
}

int lookup_checked_later(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = __filemap_get_folio(mapping, index, FGP_LOCK, 0);
	int err;

	if (IS_ERR(folio))
		return PTR_ERR(folio);
	err = arch_make_folio_accessible(folio);
	if (err) {
		folio_unlock(folio);
		folio_put(folio);
		return err;
	}
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
	folio_unlock(folio);
	return 0;
}
