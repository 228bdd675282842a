/* A page kept in an skb_frag_t (a bio_vec), copied by struct assignment
 * into another array and read back later is the same object
 * (net/core/skbuff.c skb_split_no_header() in 6.1:
 * skb_shinfo(skb1)->frags[k] = skb_shinfo(skb)->frags[i]).  Marked with
 * no accessible call, its I/O from the copy is reported; made accessible
 * before the copy, it is clean. */
// limit(cocci): a page stored into frag.bv_page and read back from to->frags[i].bv_page after a struct assignment is a different expression to a source matcher
#include "kernel.h"

struct frag_ring {
	skb_frag_t frags[MAX_SKB_FRAGS];
	int n;
};

void queue_frag(struct frag_ring *to, struct bio *bio, struct page *page, int i)
{
	skb_frag_t frag;

	get_page(page);
	frag.bv_page = page;
	frag.bv_len = PAGE_SIZE;
	frag.bv_offset = 0;
	to->frags[i] = frag;
	bio_add_page(bio, to->frags[i].bv_page, PAGE_SIZE, 0); // expect: missing-accessible(queue_frag)
}

void queue_frag_accessible(struct frag_ring *to, struct bio *bio, struct page *page, int i)
{
	skb_frag_t frag;

	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return;
	}
	frag.bv_page = page;
	frag.bv_len = PAGE_SIZE;
	frag.bv_offset = 0;
	to->frags[i] = frag;
	bio_add_page(bio, to->frags[i].bv_page, PAGE_SIZE, 0);
}
