/* compound_head() keeps the object: the reference is taken on the head,
 * the tail page itself goes to the bio. */
#include "kernel.h"

int add_tail_page(struct bio *bio, struct page *page, unsigned int off)
{
	struct page *head = compound_head(page);

	get_page(head);
	return bio_add_page(bio, page, PAGE_SIZE, off); // expect: missing-accessible(add_tail_page)
}
