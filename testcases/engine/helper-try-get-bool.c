/* A bool helper wrapping try_get_page(): the caller tests it, and on the
 * true path the page is marked and reaches the skb without the call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static bool page_grab(struct page *page)
{
	return try_get_page(page);
}

int frag_if_grabbed(struct sk_buff *skb, struct page *page, int len)
{
	if (!page_grab(page))
		return -EAGAIN;
	skb_fill_page_desc(skb, 0, page, 0, len); // expect: missing-accessible(frag_if_grabbed)
	return 0;
}
