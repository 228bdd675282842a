/* get_page() takes the marker, then the page goes into a bio without
 * arch_make_page_accessible() in between (the fs/splice.c bug). */
#include "kernel.h"

int read_one_page(struct bio *bio, struct page *page)
{
	get_page(page);
	if (bio_add_page(bio, page, PAGE_SIZE, 0) != PAGE_SIZE) { // expect: missing-accessible(read_one_page)
		put_page(page);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}
