/* The pointer is kept as an unsigned long (like sg->page_link) and cast
 * back: casts through integers keep the object. */
#include "kernel.h"

int queue_tagged(struct bio *bio, struct page *page)
{
	unsigned long link;
	struct page *p;

	get_page(page);
	link = (unsigned long)page;
	p = (struct page *)link;
	return bio_add_page(bio, p, PAGE_SIZE, 0); // expect: missing-accessible(queue_tagged)
}
