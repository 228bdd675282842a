/* __skb_frag_set_page() (page is the second argument) and
 * skb_frag_set_page() (the third) put a page into a fragment. */
#include "kernel.h"

void set_frag(skb_frag_t *frag, struct page *page)
{
	get_page(page);
	__skb_frag_set_page(frag, page); // expect: missing-accessible(set_frag)
}

void set_skb_frag(struct sk_buff *skb, int f, struct page *page)
{
	get_page(page);
	skb_frag_set_page(skb, f, page); // expect: missing-accessible(set_skb_frag)
}
