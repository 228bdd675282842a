/* An unchecked accessible call before the mark: the page is EARLY then
 * MARKED, so only accessible-before-mark applies, not unchecked-accessible. */
#include "kernel.h"

void early_and_unchecked(struct bio *bio, struct page *page)
{
	arch_make_page_accessible(page);
	get_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: accessible-before-mark(early_and_unchecked)
}
