/* find_or_create_page() and grab_cache_page_nowait() return a referenced,
 * locked page or NULL. */
#include "kernel.h"

int fill_page(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_or_create_page(mapping, index, GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(fill_page)
	unlock_page(page);
	return 0;
}

int fill_page_nowait(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = grab_cache_page_nowait(mapping, index);

	if (!page)
		return -EAGAIN;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(fill_page_nowait)
	unlock_page(page);
	return 0;
}
