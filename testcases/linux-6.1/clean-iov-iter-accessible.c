/* fs/splice.c iter_to_pipe() with the missing call added: every page from
 * iov_iter_get_pages2() is made accessible before the pipe buffer store. */
#include "kernel.h"

int iter_to_pipe_fixed(struct iov_iter *from, struct pipe_inode_info *pipe)
{
	struct pipe_buffer buf = { .flags = 0 };
	struct page *pages[16];
	size_t start;
	ssize_t left;
	int i, n, ret = 0;

	left = iov_iter_get_pages2(from, pages, ~0UL, 16, &start);
	if (left <= 0)
		return left;
	n = DIV_ROUND_UP(left + start, PAGE_SIZE);
	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret)
			break;
		buf.page = pages[i];
		buf.offset = start;
		buf.len = min_t(int, left, PAGE_SIZE - start);
		ret = add_to_pipe(pipe, &buf);
		if (ret < 0)
			break;
		left -= buf.len;
		start = 0;
	}
	while (++i < n)
		put_page(pages[i]);
	return ret;
}
