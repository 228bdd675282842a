/* iov_iter_get_pages2() marks its out array when it returns > 0 (block
 * direct I/O shape, bio_iov_iter_get_pages). */
#include "kernel.h"

ssize_t bio_fill_from_iter(struct bio *bio, struct iov_iter *iter)
{
	struct page *pages[16];
	size_t off;
	ssize_t size;
	int i, n;

	size = iov_iter_get_pages2(iter, pages, 16 * PAGE_SIZE, 16, &off);
	if (unlikely(size <= 0))
		return size ? size : -EFAULT;
	n = DIV_ROUND_UP(size + off, PAGE_SIZE);
	for (i = 0; i < n; i++) {
		__bio_add_page(bio, pages[i], PAGE_SIZE - off, off); // expect: missing-accessible(bio_fill_from_iter)
		off = 0;
	}
	return size;
}
