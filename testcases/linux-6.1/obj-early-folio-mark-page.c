/* EARLY through the folio, the mark through the page: one object across the
 * conversion, so the I/O is accessible-before-mark. */
#include "kernel.h"

int frag_early_folio(struct sk_buff *skb, struct page *page, int len)
{
	if (arch_make_folio_accessible(page_folio(page)))
		return -EIO;
	get_page(page);
	skb_fill_page_desc(skb, 0, page, 0, len); // expect: accessible-before-mark(frag_early_folio)
	return 0;
}
