/* A lookup helper returns the page already marked and made accessible (or
 * NULL): the caller's I/O on it is clean. */
#include "kernel.h"

static struct page *get_ready_page(struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return NULL;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return NULL;
	}
	return page;
}

int read_ready(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = get_ready_page(mapping, index);

	if (!page)
		return -ENOENT;
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
