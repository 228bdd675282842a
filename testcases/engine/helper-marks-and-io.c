/* A helper that itself marks and does the I/O without the accessible call
 * gets the finding inside the helper, not at its call sites. */
#include "kernel.h"

static void attach_page(struct sk_buff *skb, int i, struct page *page, int len)
{
	get_page(page);
	skb_add_rx_frag(skb, i, page, 0, len, PAGE_SIZE); // expect: missing-accessible(attach_page)
}

void attach_two(struct sk_buff *skb, struct page *a, struct page *b)
{
	attach_page(skb, 0, a, PAGE_SIZE);
	attach_page(skb, 1, b, PAGE_SIZE);
}
