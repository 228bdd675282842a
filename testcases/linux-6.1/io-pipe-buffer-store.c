/* Storing a page into pipe_buffer.page hands it to the pipe reader
 * (splice_to_pipe shape): an I/O event at the store. */
// limit(cocci): the type of pipe->bufs[i] comes from a header, which --no-includes does not read
#include "kernel.h"

int page_to_pipe(struct pipe_inode_info *pipe, struct page *page, unsigned int off, unsigned int len)
{
	struct pipe_buffer *buf = &pipe->bufs[pipe->head & 15];

	get_page(page);
	buf->page = page; // expect: missing-accessible(page_to_pipe)
	buf->offset = off;
	buf->len = len;
	buf->flags = 0;
	pipe->head++;
	return len;
}

int page_to_pipe_slot(struct pipe_inode_info *pipe, unsigned int slot, struct page *page)
{
	if (!try_get_page(page))
		return -EAGAIN;
	pipe->bufs[slot].page = page; // expect: missing-accessible(page_to_pipe_slot)
	pipe->bufs[slot].len = PAGE_SIZE;
	return 0;
}
