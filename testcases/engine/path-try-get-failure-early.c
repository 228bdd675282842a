/* Accessible first, then try_get_page(): on its failure path there is no
 * mark, so the page is still only EARLY there and the I/O is silent; the
 * success path is accessible-before-mark. */
#include "kernel.h"

int send_or_borrow(struct sk_buff *skb, struct page *page, int len)
{
	if (arch_make_page_accessible(page))
		return -EIO;
	if (!try_get_page(page)) {
		skb_fill_page_desc(skb, 0, page, 0, len);
		return 0;
	}
	skb_fill_page_desc(skb, 1, page, 0, len); // expect: accessible-before-mark(send_or_borrow)
	return 1;
}
