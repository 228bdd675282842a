/* arch_make_folio_accessible()'s result ignored, then I/O. */
#include "kernel.h"

void send_folio(struct sk_buff *skb, struct folio *folio)
{
	folio_get(folio);
	arch_make_folio_accessible(folio);
	skb_fill_page_desc(skb, 0, &folio->page, 0, PAGE_SIZE); // expect: unchecked-accessible(send_folio)
}
