/* All elements of an array are one object: references taken on pages[i]
 * in a loop, then *pages goes to the bio. */
#include "kernel.h"

void add_first(struct bio *bio, struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		get_page(pages[i]);
	bio_add_page(bio, *pages, PAGE_SIZE, 0); // expect: missing-accessible(add_first)
}
