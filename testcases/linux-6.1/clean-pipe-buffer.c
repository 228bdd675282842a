/* splice_to_pipe() with the fix: the page cache page is referenced, made
 * accessible and checked before it is stored into the pipe buffer. */
#include "kernel.h"

int cache_page_to_pipe(struct pipe_inode_info *pipe, struct address_space *mapping, pgoff_t index)
{
	struct pipe_buffer *buf = &pipe->bufs[pipe->head & 15];
	struct page *page;

	page = find_get_page(mapping, index);
	if (!page)
		return -ENOENT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	buf->page = page;
	buf->offset = 0;
	buf->len = PAGE_SIZE;
	pipe->head++;
	return PAGE_SIZE;
}
