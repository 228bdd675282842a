/* blk_rq_map_user_iov()'s shape in 6.12: iov_iter_extract_pages() pins a
 * user-backed iterator, so bio_add_hw_page() gets ready pages; with
 * iov_iter_get_pages_alloc2() (6.1's bio_map_user_iov) the pages were
 * only referenced. */
#include "kernel.h"

int map_user_extract(struct request_queue *q, struct bio *bio, struct iov_iter *iter)
{
	struct page *stack_pages[16], **pages = stack_pages;
	bool same_page;
	size_t offs;
	ssize_t bytes;

	bytes = iov_iter_extract_pages(iter, &pages, 65536, 16, 0, &offs);
	if (bytes <= 0)
		return bytes ? bytes : -EFAULT;
	if (!bio_add_hw_page(q, bio, pages[0], bytes, offs, 256, &same_page))
		return -EINVAL;
	return 0;
}

int map_user_get_pages(struct request_queue *q, struct bio *bio, struct iov_iter *iter)
{
	struct page **pages;
	bool same_page;
	size_t offs;
	ssize_t bytes;

	bytes = iov_iter_get_pages_alloc2(iter, &pages, 65536, &offs);
	if (bytes <= 0)
		return bytes ? bytes : -EFAULT;
	if (!bio_add_hw_page(q, bio, pages[0], bytes, offs, 256, &same_page)) // expect: missing-accessible(map_user_get_pages)
		return -EINVAL;
	kvfree(pages);
	return 0;
}
