/* try_get_page() marks only when it returns true. */
#include "kernel.h"

int queue_page(struct bio *bio, struct page *page)
{
	if (!try_get_page(page))
		return -EAGAIN;
	__bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(queue_page)
	return 0;
}
