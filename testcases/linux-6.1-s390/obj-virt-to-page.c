/* s390's virt_to_page() is vmemmap + (__pa(kaddr) >> 12), __pa() a cast and
 * vmemmap a pointer global: the pages of two buffers are two objects, each
 * the buffer's, not one "vmemmap"; the one made accessible is clean. */
// limit(cocci): the objects are virt_to_page() values, not variables, and which page is which depends on the macro's expansion, which a source matcher does not see
#include "kernel.h"

void write_two(struct bio *bio, void *a, void *b)
{
	get_page(virt_to_page(a));
	get_page(virt_to_page(b));
	if (arch_make_page_accessible(virt_to_page(a)))
		return;
	__bio_add_page(bio, virt_to_page(a), PAGE_SIZE, 0);
	__bio_add_page(bio, virt_to_page(b), PAGE_SIZE, 0); // expect: missing-accessible(write_two)
	submit_bio(bio);
}
