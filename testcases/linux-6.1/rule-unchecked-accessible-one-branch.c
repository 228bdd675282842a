/* Checked on the strict path, ignored on the other: the I/O is reached
 * through the unchecked call on one path. */
#include "kernel.h"

int fill_sg(struct scatterlist *sg, struct page *page, unsigned int len, bool strict)
{
	get_page(page);
	if (strict) {
		if (arch_make_page_accessible(page)) {
			put_page(page);
			return -EIO;
		}
	} else {
		arch_make_page_accessible(page);
	}
	sg_set_page(sg, page, len, 0); // expect: unchecked-accessible(fill_sg)
	return 0;
}
