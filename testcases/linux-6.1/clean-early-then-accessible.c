/* An accessible call before the mark is harmless when another follows the
 * mark: the object is READY at the I/O. */
#include "kernel.h"

int probe_then_send(struct bio *bio, struct page *page)
{
	int ret;

	ret = arch_make_page_accessible(page);
	if (ret)
		return ret;
	get_page(page);
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return 0;
}
