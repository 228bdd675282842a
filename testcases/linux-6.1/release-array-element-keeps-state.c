/* Releasing one element of an array leaves the array READY: the extra pages
 * are dropped, pages[0] still goes to the bio. */
#include "kernel.h"

int read_first_user_page(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[8];
	int i, n;

	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n ? n : -EFAULT;
	if (arch_make_page_accessible(pages[0])) {
		release_pages(pages, n);
		return -EIO;
	}
	for (i = 1; i < n; i++)
		put_page(pages[i]);
	bio_add_page(bio, pages[0], PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
