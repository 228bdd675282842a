/* filemap_splice_read()'s splice_folio_into_pipe() in 6.12: folio_get() on
 * a page-cache folio, then the page goes into a pipe buffer with no
 * accessible call (the gap 6.1 had in copy_page_to_iter_pipe()). */
#include "kernel.h"

size_t splice_folio_into_pipe(struct pipe_inode_info *pipe, struct folio *folio,
			      long long fpos, size_t size)
{
	struct page *page;
	size_t spliced = 0, offset = fpos & (PAGE_SIZE - 1);

	page = folio_page(folio, offset / PAGE_SIZE);
	size = min_t(size_t, size, PAGE_SIZE - offset);
	while (spliced < size) {
		struct pipe_buffer *buf = &pipe->bufs[pipe->head & 15];
		size_t part = min_t(size_t, PAGE_SIZE - offset, size - spliced);

		*buf = (struct pipe_buffer) { .page = page, .offset = offset, .len = part, }; // expect: missing-accessible(splice_folio_into_pipe)
		folio_get(folio);
		pipe->head++;
		page++;
		spliced += part;
		offset = 0;
	}
	return spliced;
}
