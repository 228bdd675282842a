/* When the bio is full, the retry path drops the reference and jumps back
 * to add the same page to a new bio: I/O after release. */
#include "kernel.h"

int add_with_retry(struct address_space *mapping, pgoff_t index, struct bio *bio)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOENT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
again:
	if (bio_add_page(bio, page, PAGE_SIZE, 0) != PAGE_SIZE) { // expect: io-after-release(add_with_retry)
		submit_bio(bio);
		put_page(page);
		bio = bio_alloc(1);
		goto again;
	}
	submit_bio(bio);
	return 0;
}
