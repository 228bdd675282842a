/* skb_fill_page_desc_noacc() (io_uring zerocopy send) hands the page to the
 * network stack like skb_fill_page_desc(). */
#include "kernel.h"

int zc_add_page(struct sk_buff *skb, int i, struct page *page, int off, int len)
{
	get_page(page);
	skb_fill_page_desc_noacc(skb, i, page, off, len); // expect: missing-accessible(zc_add_page)
	return len;
}
