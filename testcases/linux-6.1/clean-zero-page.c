/* iomap_dio_zero() in 6.1: a reference on ZERO_PAGE(0) and I/O from it.
 * The zero page is kernel image memory, never a guest's page (rule exempt
 * empty_zero_page), so no accessible call is needed: silent. */
// limit(cocci): ZERO_PAGE() is a macro; the exempt global empty_zero_page is only in its expansion, which a source matcher does not see
#include "kernel.h"

void dio_zero(struct bio *bio, unsigned int len)
{
	struct page *page = ZERO_PAGE(0);

	get_page(page);
	__bio_add_page(bio, page, len, 0);
	submit_bio(bio);
}
