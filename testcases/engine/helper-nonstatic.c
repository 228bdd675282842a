/* Summaries are for every function of the file, not only static ones: an
 * exported helper that takes the reference acts at its call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

void page_hold(struct page *page)
{
	get_page(page);
}

int queue_held_page(struct bio *bio, struct page *page)
{
	page_hold(page);
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(queue_held_page)
}
