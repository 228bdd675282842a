/* bio_add_pc_page() (passthrough requests) takes the page as its third
 * argument. */
#include "kernel.h"

int map_kern_page(struct request_queue *q, struct bio *bio, struct page *page, unsigned int len)
{
	get_page(page);
	if (!bio_add_pc_page(q, bio, page, len, 0)) { // expect: missing-accessible(map_kern_page)
		put_page(page);
		return -EINVAL;
	}
	return 0;
}
