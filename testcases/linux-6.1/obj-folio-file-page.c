/* folio_file_page() returns a page of the folio: the same object as the
 * folio filemap_get_folio() marked. */
#include "kernel.h"

int read_index(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct folio *folio = filemap_get_folio(mapping, index);
	struct page *page;

	if (!folio)
		return -ENOENT;
	page = folio_file_page(folio, index);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_index)
	return 0;
}
