/* The zero page is kernel memory: a reference on it is never a guest's. */
#include "kernel.h"
// limit(cocci): ZERO_PAGE() is a macro; the exempt global empty_zero_page is only in its expansion, which a source matcher does not see

void zero_fill(struct bio *bio)
{
	struct page *page = ZERO_PAGE(0);

	get_page(page);
	__bio_add_page(bio, page, PAGE_SIZE, 0);
}
