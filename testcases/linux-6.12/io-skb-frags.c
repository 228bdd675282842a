/* skb fragments hold a netmem_ref in 6.12: every setter of a page or a
 * netmem made from one (page_to_netmem()) is I/O (a store into
 * skb_frag.netmem: io-skb-frag-store.c). */
#include "kernel.h"

void fill(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE); // expect: missing-accessible(fill)
}

void fill_underscore(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	__skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE); // expect: missing-accessible(fill_underscore)
}

void fill_noacc(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	__skb_fill_page_desc_noacc(skb_shinfo(skb), 0, page, 0, PAGE_SIZE); // expect: missing-accessible(fill_noacc)
}

void fill_frag(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	skb_frag_fill_page_desc(&skb_shinfo(skb)->frags[0], page, 0, PAGE_SIZE); // expect: missing-accessible(fill_frag)
}

void fill_netmem(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	skb_fill_netmem_desc(skb, 0, page_to_netmem(page), 0, PAGE_SIZE); // expect: missing-accessible(fill_netmem)
}

void rx_frag(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	skb_add_rx_frag(skb, 0, page, 0, PAGE_SIZE, PAGE_SIZE); // expect: missing-accessible(rx_frag)
}

void rx_frag_netmem(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	skb_add_rx_frag_netmem(skb, 0, page_to_netmem(page), 0, PAGE_SIZE, PAGE_SIZE); // expect: missing-accessible(rx_frag_netmem)
}

int fill_ready(struct sk_buff *skb, struct page *page)
{
	get_page(page);
	if (arch_make_folio_accessible(page_folio(page))) {
		put_page(page);
		return -EIO;
	}
	skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE);
	return 0;
}
