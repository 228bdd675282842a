/* The "already prepared" shortcut jumps over the accessible call to the
 * label that adds the page; the error label drops the reference. */
#include "kernel.h"

int submit_or_skip(struct bio *bio, struct page *page, bool prepared)
{
	int ret;

	get_page(page);
	if (prepared)
		goto add;
	ret = arch_make_page_accessible(page);
	if (ret)
		goto out_put;
add:
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(submit_or_skip)
	submit_bio(bio);
	return 0;
out_put:
	put_page(page);
	return ret;
}
