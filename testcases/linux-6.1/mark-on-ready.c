/* A mark on a READY object keeps it READY: an extra get_page() on a pinned,
 * already accessible page needs no second accessible call. */
#include "kernel.h"

int pin_share(struct bio *bio, struct sk_buff *skb, unsigned long uaddr)
{
	struct page *pages[1];

	if (pin_user_pages_fast(uaddr, 1, 0, pages) != 1)
		return -EFAULT;
	get_page(pages[0]);
	bio_add_page(bio, pages[0], PAGE_SIZE, 0);
	skb_fill_page_desc(skb, 0, pages[0], 0, PAGE_SIZE);
	return 0;
}
