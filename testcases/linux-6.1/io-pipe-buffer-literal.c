/* A compound literal that sets .page stores into a pipe_buffer too. */
#include "kernel.h"

int page_to_pipe_literal(struct pipe_inode_info *pipe, struct page *page, unsigned int len)
{
	struct pipe_buffer *buf = &pipe->bufs[pipe->head & 15];

	get_page(page);
	*buf = (struct pipe_buffer){ .page = page, .offset = 0, .len = len }; // expect: missing-accessible(page_to_pipe_literal)
	pipe->head++;
	return len;
}
