/* vmsplice()'s iter_to_pipe() in 6.12: still iov_iter_get_pages2() (FOLL_GET),
 * then the pages go into pipe buffers: the gap of the LKML thread. */
#include "kernel.h"

ssize_t iter_to_pipe(struct iov_iter *from, struct pipe_inode_info *pipe, unsigned int flags)
{
	struct pipe_buffer buf = { .flags = flags };
	size_t total = 0;
	int ret = 0;

	while (from->count) {
		struct page *pages[16];
		ssize_t left;
		size_t start;
		int i, n;

		left = iov_iter_get_pages2(from, pages, ~0UL, 16, &start);
		if (left <= 0) {
			ret = left;
			break;
		}
		n = DIV_ROUND_UP(left + start, PAGE_SIZE);
		for (i = 0; i < n; i++) {
			int size = min_t(int, left, PAGE_SIZE - start);

			buf.page = pages[i]; // expect: missing-accessible(iter_to_pipe)
			buf.offset = start;
			buf.len = size;
			ret = add_to_pipe(pipe, &buf);
			if (unlikely(ret < 0)) {
				iov_iter_revert(from, left);
				for (; i < n; i++)
					put_page(pages[i]);
				return total ? total : ret;
			}
			total += ret;
			left -= size;
			start = 0;
		}
	}
	return total ? total : ret;
}
