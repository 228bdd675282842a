/* The try_get_page() result is kept in a flag that guards both the
 * accessible call and the I/O: every marked path is ready. */
#include "kernel.h"

int maybe_send(struct sk_buff *skb, struct page *page, int len)
{
	bool held = try_get_page(page);
	int ret = 0;

	if (held)
		ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	if (held)
		skb_fill_page_desc(skb, 0, page, 0, len);
	return held;
}
