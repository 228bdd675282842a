/* page_to_netmem() and netmem_to_page() keep the page: a reference on the
 * page and I/O on its netmem (or back) are the same object. */
#include "kernel.h"

void frag_from_netmem(struct sk_buff *skb, netmem_ref netmem)
{
	struct page *page = netmem_to_page(netmem);

	get_page(page);
	skb_fill_netmem_desc(skb, 0, netmem, 0, PAGE_SIZE); // expect: missing-accessible(frag_from_netmem)
}

int netmem_ready(struct sk_buff *skb, struct page *page)
{
	netmem_ref netmem = page_to_netmem(page);

	get_page(page);
	if (arch_make_folio_accessible(page_folio(netmem_to_page(netmem))))
		return -EIO;
	skb_fill_netmem_desc(skb, 0, netmem, 0, PAGE_SIZE);
	return 0;
}
