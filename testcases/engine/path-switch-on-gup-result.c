/* A switch on the gup count: the cases with pages are marked and miss the
 * accessible call; the error cases return. */
#include "kernel.h"

int read_two_user_pages(struct bio *bio, unsigned long uaddr)
{
	struct page *pages[2];
	int n;

	n = get_user_pages_fast(uaddr, 2, FOLL_WRITE, pages);
	switch (n) {
	case 2:
		bio_add_page(bio, pages[1], PAGE_SIZE, 0); // expect: missing-accessible(read_two_user_pages)
		/* fall through */
	case 1:
		bio_add_page(bio, pages[0], PAGE_SIZE, 0); // expect: missing-accessible(read_two_user_pages)
		break;
	default:
		return n < 0 ? n : -EFAULT;
	}
	return submit_bio_wait(bio);
}
