/* get_page() on the page, arch_make_folio_accessible() on page_folio(page):
 * the same object, so the page is ready for the bio. */
#include "kernel.h"

int add_page_ready(struct bio *bio, struct page *page)
{
	get_page(page);
	if (arch_make_folio_accessible(page_folio(page))) {
		put_page(page);
		return -EIO;
	}
	return bio_add_page(bio, page, PAGE_SIZE, 0);
}
