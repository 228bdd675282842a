/* arch_make_page_accessible() is called, and checked, before get_page(): the
 * page may be made secure again before the reference exists. */
#include "kernel.h"

int submit_page_early(struct bio *bio, struct page *page)
{
	int ret;

	ret = arch_make_page_accessible(page);
	if (ret)
		return ret;
	get_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: accessible-before-mark(submit_page_early)
	submit_bio(bio);
	return 0;
}
