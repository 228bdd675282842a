/* push_page() in lib/iov_iter.c hands the page to a pipe buffer and then
 * takes the pipe's reference: that reference belongs to the pipe, so a
 * caller that calls it twice does not hold a marker of its own for the
 * second call, and a page the caller never marked stays its caller's
 * obligation: silent. */
#include "kernel.h"

static void push(struct pipe_buffer *buf, struct page *page)
{
	buf->page = page;
	get_page(page);
}

void push_twice(struct pipe_inode_info *pipe, struct page *page)
{
	push(&pipe->bufs[0], page);
	push(&pipe->bufs[1], page);
}
