/* A netmem made from a page and stored into skb_frag.netmem by hand makes
 * the page a fragment: I/O. */
#include "kernel.h"
// limit(cocci): skb_frag_t is a typedef of the header; with --no-includes the type of frag, and so the store into skb_frag.netmem, is unknown

void frag_by_hand(struct sk_buff *skb, struct page *page)
{
	skb_frag_t *frag = &skb_shinfo(skb)->frags[0];

	get_page(page);
	frag->netmem = page_to_netmem(page); // expect: missing-accessible(frag_by_hand)
	frag->len = PAGE_SIZE;
}
