/* skb_add_rx_frag() attaches a received page to an skb: a driver that got
 * the page from the page cache must make it accessible. */
#include "kernel.h"

int rx_from_cache(struct sk_buff *skb, struct address_space *mapping, pgoff_t index, int len)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOENT;
	skb_add_rx_frag(skb, 0, page, 0, len, PAGE_SIZE); // expect: missing-accessible(rx_from_cache)
	return 0;
}
