/* virt_to_page() of two buffers through s390's inline virt_to_pfn(): two
 * objects, each the buffer's page; the one made accessible is clean. */
#include "kernel.h"

int write_two(struct bio *bio, void *a, void *b)
{
	struct page *pa = virt_to_page(a);
	struct page *pb = virt_to_page(b);

	get_page(pa);
	get_page(pb);
	if (arch_make_folio_accessible((struct folio *)pa))
		return -EIO;
	__bio_add_page(bio, pa, PAGE_SIZE, 0);
	__bio_add_page(bio, pb, PAGE_SIZE, 0); // expect: missing-accessible(write_two)
	return 0;
}
