/* A variable that held a released page receives a page that find_get_page()
 * marks: the new page starts unmarked, then is marked, and I/O on it without
 * arch_make_page_accessible() is reported as missing-accessible, not as
 * io-after-release. */
#include "kernel.h"

int reread(struct address_space *mapping, struct page *page, struct bio *bio)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	put_page(page);
	page = find_get_page(mapping, 1);
	if (!page)
		return -ENOENT;
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(reread)
}
