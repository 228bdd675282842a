/* Walking the gup array with a pointer (pp = pages; pp++) still reaches its
 * elements: one object. */
#include "kernel.h"

int walk_user_pages(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16], **pp;
	int n;

	n = get_user_pages_fast(uaddr, nr, 0, pages);
	if (n <= 0)
		return -EFAULT;
	for (pp = pages; pp < pages + n; pp++)
		bio_add_page(bio, *pp, PAGE_SIZE, 0); // expect: missing-accessible(walk_user_pages)
	return submit_bio_wait(bio);
}
