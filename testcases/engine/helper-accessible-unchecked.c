/* The helper calls arch_make_page_accessible() as a statement: the caller's
 * page is READY only through a discarded result. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void make_accessible_quiet(struct page *page)
{
	arch_make_page_accessible(page);
}

void send_quiet(struct bio *bio, struct page *page)
{
	get_page(page);
	make_accessible_quiet(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: unchecked-accessible(send_quiet)
}
