/* On the failure path of try_get_page() no marker was taken, so the I/O
 * there is the caller's concern; the success path is made accessible. */
#include "kernel.h"

int add_or_borrow(struct bio *bio, struct page *page)
{
	int ret;

	if (!try_get_page(page)) {
		bio_add_page(bio, page, PAGE_SIZE, 0);
		return 0;
	}
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return 1;
}
