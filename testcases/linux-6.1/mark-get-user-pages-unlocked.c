/* get_user_pages_unlocked() takes the out array as its third argument. */
#include "kernel.h"

long read_user_range(struct bio *bio, unsigned long start, unsigned long nr, struct page **pages)
{
	long ret, i;

	ret = get_user_pages_unlocked(start, nr, pages, FOLL_WRITE);
	for (i = 0; i < ret; i++) {
		if (!bio_add_page(bio, pages[i], PAGE_SIZE, 0)) // expect: missing-accessible(read_user_range)
			break;
	}
	return ret;
}
