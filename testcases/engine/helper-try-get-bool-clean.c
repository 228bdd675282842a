/* The same bool helper, used correctly: marked on true, then made
 * accessible and checked before the skb gets the page. */
#include "kernel.h"

static bool page_grab(struct page *page)
{
	return try_get_page(page);
}

int frag_grabbed_ready(struct sk_buff *skb, struct page *page, int len)
{
	if (!page_grab(page))
		return -EAGAIN;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	skb_fill_page_desc(skb, 0, page, 0, len);
	return 0;
}
