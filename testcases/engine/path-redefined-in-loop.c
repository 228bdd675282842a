/* The readahead loop of fs/ext4/readpage.c: each iteration puts the page it
 * read; the next readahead_page() is a new page in the same variable, so the
 * put of the last one says nothing about it.  I/O on a page this code never
 * marked is the caller's obligation: silent. */
#include "kernel.h"

int read_pages(struct readahead_control *rac, struct bio *bio, unsigned int nr)
{
	struct page *page;

	for (; nr; nr--) {
		page = readahead_page(rac);
		if (bio_add_page(bio, page, PAGE_SIZE, 0) < PAGE_SIZE)
			return -EIO;
		put_page(page);
	}
	return 0;
}
