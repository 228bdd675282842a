/* A sendpage-style path: get_page(), checked accessible, then the fragment
 * and an rx frag on another skb. */
#include "kernel.h"

int add_page_frag(struct sk_buff *skb, struct sk_buff *copy, struct page *page, int off, int size)
{
	int err;

	get_page(page);
	err = arch_make_page_accessible(page);
	if (unlikely(err)) {
		put_page(page);
		return err;
	}
	skb_fill_page_desc(skb, 0, page, off, size);
	skb_add_rx_frag(copy, 0, page, off, size, PAGE_SIZE);
	return size;
}
