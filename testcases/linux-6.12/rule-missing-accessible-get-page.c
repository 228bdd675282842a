/* get_page() marks; bio_add_page() with no arch_make_folio_accessible()
 * after it is the gap. */
#include "kernel.h"

int read_into_page(struct bio *bio, struct page *page)
{
	get_page(page);
	if (bio_add_page(bio, page, PAGE_SIZE, 0) != PAGE_SIZE) { // expect: missing-accessible(read_into_page)
		put_page(page);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}
