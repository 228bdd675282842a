/* The error path drops the reference and falls through to the I/O
 * (a missing return). */
#include "kernel.h"

int queue_page(struct bio *bio, struct page *page, unsigned int len)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	if (ret)
		put_page(page);
	bio_add_page(bio, page, len, 0); // expect: io-after-release(queue_page)
	return ret;
}
