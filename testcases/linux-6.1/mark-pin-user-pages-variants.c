/* pin_user_pages_remote(), pin_user_pages_unlocked() and
 * pin_user_pages_fast_only() are mark+accessible as well: no finding. */
#include "kernel.h"

long pin_remote(struct mm_struct *mm, struct bio *bio, unsigned long addr, struct page **pages)
{
	int locked = 1;
	long n;

	n = pin_user_pages_remote(mm, addr, 1, FOLL_WRITE, pages, NULL, &locked);
	if (n > 0)
		bio_add_page(bio, pages[0], PAGE_SIZE, 0);
	return n;
}

long pin_unlocked(struct scatterlist *sg, unsigned long addr, unsigned long nr, struct page **pages)
{
	long n, i;

	n = pin_user_pages_unlocked(addr, nr, pages, FOLL_WRITE);
	for (i = 0; i < n; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return n;
}

int pin_fast_only(struct sk_buff *skb, unsigned long addr)
{
	struct page *page[1];

	if (pin_user_pages_fast_only(addr, 1, 0, page) != 1)
		return -EFAULT;
	skb_fill_page_desc(skb, 0, page[0], 0, PAGE_SIZE);
	return 0;
}
