/* The gup count is tested twice: the page is made accessible under n > 0
 * and added under n == 1, so every marked path is ready at the I/O. */
// limit(cocci): no value tracking: it cannot tell that the two tests of the count exclude each other
#include "kernel.h"

int read_one_user_page(struct bio *bio, unsigned long uaddr)
{
	struct page *pages[1];
	int n, ret = 0;

	n = get_user_pages_fast(uaddr, 1, FOLL_WRITE, pages);
	if (n > 0) {
		ret = arch_make_page_accessible(pages[0]);
		if (ret)
			goto out;
	}
	if (n == 1)
		bio_add_page(bio, pages[0], PAGE_SIZE, 0);
	ret = submit_bio_wait(bio);
out:
	if (n > 0)
		put_page(pages[0]);
	return ret;
}
