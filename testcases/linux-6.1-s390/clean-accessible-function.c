/* s390's arch_make_page_accessible() is an out-of-line function
 * (arch/s390/kernel/uv.c), not mm.h's inline: a call to it after the mark
 * makes the page accessible, as the inline does on other architectures. */
#include "kernel.h"

int read_one(struct bio *bio, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	return bio_add_page(bio, page, PAGE_SIZE, 0);
}
