/* FOLL_PIN direct I/O: pin_user_pages_fast() makes the pages accessible in
 * 6.1, they go to the bio and are unpinned after completion. */
#include "kernel.h"

int dio_pin_read(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, n, ret;

	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n ? n : -EFAULT;
	for (i = 0; i < n; i++) {
		if (bio_add_page(bio, pages[i], PAGE_SIZE, 0) != PAGE_SIZE)
			break;
	}
	ret = submit_bio_wait(bio);
	unpin_user_pages_dirty_lock(pages, n, true);
	return ret;
}
