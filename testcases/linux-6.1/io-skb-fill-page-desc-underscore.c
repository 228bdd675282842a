/* __skb_fill_page_desc() and __skb_fill_page_desc_noacc() (the latter on
 * the shared info) are I/O events too. */
#include "kernel.h"

void fill_frag(struct sk_buff *skb, int i, struct page *page, int len)
{
	get_page(page);
	__skb_fill_page_desc(skb, i, page, 0, len); // expect: missing-accessible(fill_frag)
}

void fill_frag_noacc(struct sk_buff *skb, int i, struct page *page, int len)
{
	struct skb_shared_info *shinfo = skb_shinfo(skb);

	get_page(page);
	__skb_fill_page_desc_noacc(shinfo, i, page, 0, len); // expect: missing-accessible(fill_frag_noacc)
	shinfo->nr_frags = i + 1;
}
