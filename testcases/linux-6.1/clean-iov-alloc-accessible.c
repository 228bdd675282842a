/* iov_iter_get_pages_alloc2(): every element of the allocated array is made
 * accessible before sg_set_page(). */
#include "kernel.h"

ssize_t sg_from_iter_fixed(struct scatterlist *sg, struct iov_iter *iter, size_t maxsize)
{
	struct page **pages;
	size_t off;
	ssize_t len;
	int i, n;

	len = iov_iter_get_pages_alloc2(iter, &pages, maxsize, &off);
	if (len <= 0)
		return len;
	n = DIV_ROUND_UP(len + off, PAGE_SIZE);
	for (i = 0; i < n; i++) {
		if (arch_make_page_accessible(pages[i])) {
			len = -EIO;
			break;
		}
		sg_set_page(&sg[i], pages[i], PAGE_SIZE - off, off);
		off = 0;
	}
	kvfree(pages);
	return len;
}
