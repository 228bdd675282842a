/* A loop over page cache indices: each pass marks a new page and adds it,
 * and a cache miss continues with no marker. */
#include "kernel.h"

int read_range(struct bio *bio, struct address_space *mapping, pgoff_t first, pgoff_t last)
{
	struct page *page;
	pgoff_t index;
	int added = 0;

	for (index = first; index <= last; index++) {
		page = find_get_page(mapping, index);
		if (!page)
			continue;
		if (bio_add_page(bio, page, PAGE_SIZE, 0) != PAGE_SIZE) { // expect: missing-accessible(read_range)
			put_page(page);
			break;
		}
		added++;
	}
	return added;
}
