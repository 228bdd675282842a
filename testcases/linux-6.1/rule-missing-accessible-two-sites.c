/* One marked page reaches two I/O calls: a finding at each site. */
#include "kernel.h"

void mirror_page(struct bio *a, struct bio *b, struct page *page)
{
	page_ref_add(page, 2);
	bio_add_page(a, page, PAGE_SIZE, 0); // expect: missing-accessible(mirror_page)
	bio_add_page(b, page, PAGE_SIZE, 0); // expect: missing-accessible(mirror_page)
	submit_bio(a);
	submit_bio(b);
}
