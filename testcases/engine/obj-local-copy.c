/* A copy of the marked pointer is the same object: the mark through one
 * name and the I/O through the other meet. */
#include "kernel.h"

int add_cached(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page, *p;

	page = find_get_page(mapping, index);
	if (!page)
		return -ENOENT;
	p = page;
	if (bio_add_page(bio, p, PAGE_SIZE, 0) != PAGE_SIZE) { // expect: missing-accessible(add_cached)
		put_page(page);
		return -EIO;
	}
	return 0;
}
