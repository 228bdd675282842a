/* A release ends what the earlier accessible call did: the page marked again
 * after put_page() needs a new accessible call. */
#include "kernel.h"

int resend_page(struct bio *first, struct bio *second, struct page *page)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(first, page, PAGE_SIZE, 0);
	submit_bio_wait(first);
	put_page(page);

	get_page(page);
	bio_add_page(second, page, PAGE_SIZE, 0); // expect: missing-accessible(resend_page)
	submit_bio(second);
	return 0;
}
