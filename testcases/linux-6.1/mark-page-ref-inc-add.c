/* page_ref_inc() and page_ref_add() take markers like get_page() (rx page
 * recycling in network drivers). */
#include "kernel.h"

void recycle_rx_page(struct sk_buff *skb, int i, struct page *page, int off, int len)
{
	page_ref_inc(page);
	skb_add_rx_frag(skb, i, page, off, len, PAGE_SIZE / 2); // expect: missing-accessible(recycle_rx_page)
}

void split_rx_page(struct sk_buff *skb, struct page *page, int nfrags)
{
	int i;

	page_ref_add(page, nfrags);
	for (i = 0; i < nfrags; i++)
		skb_add_rx_frag(skb, i, page, i * 1024, 1024, 1024); // expect: missing-accessible(split_rx_page)
}
