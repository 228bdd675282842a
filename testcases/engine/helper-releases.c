/* A helper that drops the reference releases at its call site: the caller's
 * later I/O is I/O after release. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void drop_page(struct page *page)
{
	unlock_page(page);
	put_page(page);
}

int write_then_drop(struct bio *bio, struct page *page)
{
	get_page(page);
	lock_page(page);
	if (arch_make_page_accessible(page)) {
		drop_page(page);
		return -EIO;
	}
	drop_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: io-after-release(write_then_drop)
	return 0;
}
