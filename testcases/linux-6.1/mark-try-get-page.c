/* try_get_page() marks the page when it returns true: the fragment added on
 * that path misses the accessible call. */
#include "kernel.h"

int grab_and_send(struct sk_buff *skb, int i, struct page *page, int size)
{
	if (unlikely(!try_get_page(page)))
		return -EAGAIN;
	skb_fill_page_desc(skb, i, page, 0, size); // expect: missing-accessible(grab_and_send)
	return 0;
}
