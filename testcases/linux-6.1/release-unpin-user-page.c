/* unpin_user_page() drops a FOLL_PIN marker: resending the page after it is
 * I/O after release. */
#include "kernel.h"

void finish_user_page(struct bio *bio, struct page *page, bool resend)
{
	unpin_user_page(page);
	if (resend)
		bio_add_page(bio, page, PAGE_SIZE, 0); // expect: io-after-release(finish_user_page)
}
