/* 6.12's ZERO_PAGE() on s390 goes through the inline functions
 * virt_to_pfn() and __phys_addr() (rules: same object), so the zero page
 * stays empty_zero_page's (rule exempt): a reference and I/O on it are
 * silent, as on x86. */
// limit(cocci): ZERO_PAGE() is a macro; the exempt global empty_zero_page is only in its expansion, which a source matcher does not see
#include "kernel.h"

void dio_zero(struct bio *bio, unsigned int len)
{
	struct page *page = ZERO_PAGE(0);

	get_page(page);
	__bio_add_page(bio, page, len, 0);
	submit_bio(bio);
}
