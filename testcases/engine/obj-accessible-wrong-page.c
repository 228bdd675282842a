/* Copy-paste bug: the source page is made accessible, the destination page
 * that was marked goes to the bio. Different objects. */
#include "kernel.h"

int copy_pages_io(struct bio *bio, struct page *src, struct page *dst)
{
	get_page(dst);
	if (arch_make_page_accessible(src)) {
		put_page(dst);
		return -EIO;
	}
	bio_add_page(bio, src, PAGE_SIZE, 0);
	bio_add_page(bio, dst, PAGE_SIZE, 0); // expect: missing-accessible(copy_pages_io)
	return 0;
}
