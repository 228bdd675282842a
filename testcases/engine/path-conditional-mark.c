/* The reference is taken only when the caller does not hand over its own
 * (sendpage shape); on that path the page reaches the skb only marked. */
#include "kernel.h"

int sendpage_frag(struct sk_buff *skb, int i, struct page *page, int off, int size, bool own)
{
	if (!own)
		get_page(page);
	skb_fill_page_desc(skb, i, page, off, size); // expect: missing-accessible(sendpage_frag)
	return size;
}
