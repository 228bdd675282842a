/* I/O on pages the caller marked: the parameters are UNTRACKED here, the
 * obligation is the caller's (a block/bio.c style leaf). */
#include "kernel.h"

int bio_add_pages(struct bio *bio, struct page **pages, int nr, unsigned int len)
{
	int i;

	for (i = 0; i < nr; i++)
		if (bio_add_page(bio, pages[i], len, 0) != len)
			return i;
	return nr;
}

void frag_param(struct sk_buff *skb, struct page *page, int len)
{
	skb_fill_page_desc(skb, 0, page, 0, len);
}
