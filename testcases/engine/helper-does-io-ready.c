/* The caller marks and makes the page accessible, then a helper does the
 * I/O: nothing to report, neither in the helper nor at the call. */
#include "kernel.h"

static void add_frag(struct sk_buff *skb, int i, struct page *page, int len)
{
	skb_fill_page_desc(skb, i, page, 0, len);
}

int send_frag(struct sk_buff *skb, struct page *page, int len)
{
	int err;

	get_page(page);
	err = arch_make_page_accessible(page);
	if (err) {
		put_page(page);
		return err;
	}
	add_frag(skb, 0, page, len);
	return 0;
}
