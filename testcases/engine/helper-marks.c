/* A static helper that takes the reference acts at its call site: the
 * caller's bio_add_page() sees a marked page. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void hold_page(struct page *page)
{
	get_page(page);
}

int queue_held(struct bio *bio, struct page *page)
{
	hold_page(page);
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(queue_held)
}
