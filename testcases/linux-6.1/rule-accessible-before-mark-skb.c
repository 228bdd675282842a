/* A network driver makes the page accessible and only then takes the
 * reference for the skb fragment (try_get_page on its true path). */
#include "kernel.h"

int attach_frag(struct sk_buff *skb, int i, struct page *page, int off, int size)
{
	int err = arch_make_page_accessible(page);

	if (err)
		return err;
	if (!try_get_page(page))
		return -ENOMEM;
	skb_fill_page_desc(skb, i, page, off, size); // expect: accessible-before-mark(attach_frag)
	return 0;
}
