/* find_get_page() and find_get_page_flags() mark the page they return when
 * it is not NULL. */
#include "kernel.h"

int send_cached(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOENT;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(send_cached)
	return 0;
}

int send_cached_accessed(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_get_page_flags(mapping, index, FGP_ACCESSED);

	if (page)
		bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(send_cached_accessed)
	return page ? 0 : -ENOENT;
}
