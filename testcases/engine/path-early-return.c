/* The small-I/O fast path adds the page and returns early, before the
 * accessible call the slow path makes. */
#include "kernel.h"

int add_user_chunk(struct bio *bio, struct page *page, unsigned int len)
{
	int ret;

	get_page(page);
	if (len <= 512) {
		bio_add_page(bio, page, len, 0); // expect: missing-accessible(add_user_chunk)
		return 0;
	}
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, len, 0);
	return 0;
}
