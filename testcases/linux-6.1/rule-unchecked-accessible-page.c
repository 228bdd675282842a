/* The result of arch_make_page_accessible() is thrown away before the page
 * goes to the block layer. */
#include "kernel.h"

void write_block(struct bio *bio, struct page *page)
{
	get_page(page);
	arch_make_page_accessible(page);
	__bio_add_page(bio, page, PAGE_SIZE, 0); // expect: unchecked-accessible(write_block)
	submit_bio(bio);
}
