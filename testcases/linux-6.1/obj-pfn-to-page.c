/* pfn_to_page() is vmemmap_base + pfn: two pages from two pfns are two
 * objects, not one "vmemmap_base"; the one made accessible is clean, the
 * other is reported. */
#include "kernel.h"

int map_two(struct bio *bio, unsigned long pfn_a, unsigned long pfn_b)
{
	struct page *a = pfn_to_page(pfn_a);
	struct page *b = pfn_to_page(pfn_b);

	get_page(a);
	get_page(b);
	if (arch_make_page_accessible(a))
		return -EIO;
	bio_add_page(bio, a, PAGE_SIZE, 0);
	return bio_add_page(bio, b, PAGE_SIZE, 0); // expect: missing-accessible(map_two)
}
