/* get_user_pages_fast_only() (the irq-safe variant) marks the out array
 * when it returns > 0. */
#include "kernel.h"

int grab_one_user_page(struct scatterlist *sg, unsigned long uaddr)
{
	struct page *page[1];

	if (get_user_pages_fast_only(uaddr, 1, 0, page) != 1)
		return -EFAULT;
	sg_set_page(sg, page[0], PAGE_SIZE, 0); // expect: missing-accessible(grab_one_user_page)
	return 0;
}
