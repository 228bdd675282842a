/* Markers dropped only after the I/O completes: release_pages() for gup
 * references, unpin_user_pages() for pins. */
#include "kernel.h"

int gup_read(struct bio *bio, unsigned long uaddr, int nr, struct page **pages)
{
	int i, n, ret = 0;

	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret)
			goto out;
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	}
	ret = submit_bio_wait(bio);
out:
	release_pages(pages, n);
	return ret;
}

int pin_read(struct bio *bio, unsigned long uaddr, int nr, struct page **pages)
{
	int i, n, ret;

	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	ret = submit_bio_wait(bio);
	unpin_user_pages(pages, n);
	return ret;
}
