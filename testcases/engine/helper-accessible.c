/* The accessible call (checked) lives in a helper whose result the caller
 * tests: the page is ready at the caller's I/O. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int prepare_page_for_io(struct page *page)
{
	int ret = arch_make_page_accessible(page);

	if (ret)
		unlock_page(page);
	return ret;
}

int write_locked_page(struct bio *bio, struct page *page)
{
	get_page(page);
	lock_page(page);
	if (prepare_page_for_io(page)) {
		put_page(page);
		return -EIO;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	unlock_page(page);
	return 0;
}
