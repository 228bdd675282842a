/* The caller makes the page accessible, then a helper takes the reference:
 * the helper's mark comes after the call, so the I/O is accessible-before-mark. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void hold_page(struct page *page)
{
	get_page(page);
}

int hold_late(struct bio *bio, struct page *page)
{
	if (arch_make_page_accessible(page))
		return -EIO;
	hold_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: accessible-before-mark(hold_late)
	return 0;
}
