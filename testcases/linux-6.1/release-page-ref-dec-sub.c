/* page_ref_dec() and page_ref_sub() drop markers: the page handed out after
 * them is I/O after release. */
#include "kernel.h"

void drop_then_send(struct bio *bio, struct page *page)
{
	page_ref_inc(page);
	if (arch_make_page_accessible(page)) {
		page_ref_dec(page);
		return;
	}
	page_ref_dec(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: io-after-release(drop_then_send)
}

void drop_bias_then_send(struct sk_buff *skb, struct page *page, int bias)
{
	page_ref_add(page, bias);
	if (arch_make_page_accessible(page)) {
		page_ref_sub(page, bias);
		return;
	}
	page_ref_sub(page, bias);
	skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE); // expect: io-after-release(drop_bias_then_send)
}
