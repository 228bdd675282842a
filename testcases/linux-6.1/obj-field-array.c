/* Pages stored into spd->pages[i] (fs/splice.c's splice_pipe_desc): the
 * store joins the local and the field's elements; the pipe gets them. */
// limit(cocci): the type of pipe->bufs[i] comes from a header, which --no-includes does not read
#include "kernel.h"

struct splice_pipe_desc {
	struct page **pages;
	int nr_pages;
};

int spd_fill_and_splice(struct splice_pipe_desc *spd, struct pipe_inode_info *pipe,
			struct address_space *mapping, pgoff_t index)
{
	struct page *page;
	int i;

	for (i = 0; i < spd->nr_pages; i++) {
		page = find_get_page(mapping, index + i);
		if (!page)
			break;
		spd->pages[i] = page;
	}
	spd->nr_pages = i;
	for (i = 0; i < spd->nr_pages; i++)
		pipe->bufs[i].page = spd->pages[i]; // expect: missing-accessible(spd_fill_and_splice)
	return i;
}
