/* The page comes from the page cache on one path (marked) and is freshly
 * allocated on the others (the caller's): reported for the cached path. */
#include "kernel.h"

int read_maybe_cached(struct bio *bio, struct address_space *mapping, pgoff_t index, bool cached)
{
	struct page *page = NULL;

	if (cached)
		page = find_get_page(mapping, index);
	if (!page)
		page = alloc_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_maybe_cached)
	return submit_bio_wait(bio);
}
