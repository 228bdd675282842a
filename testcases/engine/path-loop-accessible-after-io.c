/* Inside the gup loop the accessible call comes after the I/O: on the first
 * pass the pages reach the bio only marked. */
#include "kernel.h"

int add_pages_late(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, n;

	n = get_user_pages_fast(uaddr, nr, 0, pages);
	if (n <= 0)
		return -EFAULT;
	for (i = 0; i < n; i++) {
		bio_add_page(bio, pages[i], PAGE_SIZE, 0); // expect: missing-accessible(add_pages_late)
		if (arch_make_page_accessible(pages[i]))
			break;
	}
	return submit_bio_wait(bio);
}
