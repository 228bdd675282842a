/* iomap_dio_zero() in 6.1, with s390's ZERO_PAGE(): the page at the address
 * empty_zero_page holds (a global's value, not its address, as on x86).
 * Kernel memory, never a guest's page (rule exempt empty_zero_page): silent. */
// limit(cocci): ZERO_PAGE() is a macro; the exempt global empty_zero_page is only in its expansion, which a source matcher does not see
#include "kernel.h"

void dio_zero(struct bio *bio, unsigned int len)
{
	struct page *page = ZERO_PAGE(0);

	get_page(page);
	__bio_add_page(bio, page, len, 0);
	submit_bio(bio);
}
