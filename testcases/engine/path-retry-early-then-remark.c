/* The accessible call sits before the retry label, the mark after it: the
 * first pass is accessible-before-mark, a retry after put_page() has none. */
#include "kernel.h"

int send_retry(struct page *page, int tries)
{
	struct bio *bio;

	if (arch_make_page_accessible(page))
		return -EIO;
again:
	get_page(page);
	bio = bio_alloc(1);
	if (!bio) {
		put_page(page);
		if (tries-- > 0)
			goto again;
		return -ENOMEM;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: accessible-before-mark(send_retry), missing-accessible(send_retry)
	return submit_bio_wait(bio);
}
