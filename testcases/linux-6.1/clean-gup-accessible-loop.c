/* get_user_pages_fast() with the fix: each page is made accessible, checked,
 * before it goes to the bio; the error path releases them all. */
#include "kernel.h"

int dio_gup_read(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, n, ret = 0;

	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n ? n : -EFAULT;
	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret) {
			while (i < n)
				put_page(pages[i++]);
			return ret;
		}
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	}
	submit_bio(bio);
	return ret;
}
