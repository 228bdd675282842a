/* find_get_page() marks only a non-NULL result: the miss path sends a fresh
 * page with no marker here, the hit path makes the cached page accessible. */
#include "kernel.h"

int read_or_alloc(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_get_page(mapping, index);
	int ret;

	if (!page) {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		bio_add_page(bio, page, PAGE_SIZE, 0);
		return submit_bio_wait(bio);
	}
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
