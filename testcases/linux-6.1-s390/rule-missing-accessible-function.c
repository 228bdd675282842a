/* The same without the call: reported, naming s390's accessible function. */
#include "kernel.h"

int read_one(struct bio *bio, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_one)
}
