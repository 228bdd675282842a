/* When the bool helper fails no marker was taken: the copy-free fallback
 * that sends the caller's page on that path stays silent. */
#include "kernel.h"

static bool page_grab(struct page *page)
{
	return try_get_page(page);
}

int frag_or_borrow(struct sk_buff *skb, struct page *page, int len)
{
	if (!page_grab(page)) {
		skb_fill_page_desc(skb, 0, page, 0, len);
		return 0;
	}
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	skb_fill_page_desc(skb, 0, page, 0, len);
	return 1;
}
