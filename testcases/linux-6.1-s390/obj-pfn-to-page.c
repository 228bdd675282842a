/* s390's pfn_to_page() is vmemmap + pfn with vmemmap a pointer global: two
 * pages from two pfns are two objects, not one "vmemmap"; the one made
 * accessible is clean, the other is reported. */
#include "kernel.h"

int map_two(struct bio *bio, unsigned long phys_a, unsigned long phys_b)
{
	struct page *a = phys_to_page(phys_a);
	struct page *b = phys_to_page(phys_b);

	get_page(a);
	get_page(b);
	if (arch_make_page_accessible(a))
		return -EIO;
	bio_add_page(bio, a, PAGE_SIZE, 0);
	return bio_add_page(bio, b, PAGE_SIZE, 0); // expect: missing-accessible(map_two)
}
