/* Only the write branch makes the page accessible; the read branch reaches
 * the bio with the page only marked. */
#include "kernel.h"

int rw_page(struct bio *bio, struct page *page, bool write)
{
	get_page(page);
	if (write) {
		if (arch_make_page_accessible(page)) {
			put_page(page);
			return -EIO;
		}
	} else {
		lock_page(page);
	}
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(rw_page)
	return 0;
}
