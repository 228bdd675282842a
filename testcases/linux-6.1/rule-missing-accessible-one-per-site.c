/* Eight paths reach the same bio_add_page() with the page only marked:
 * one finding for the site, not one per path. */
#include "kernel.h"

int add_range(struct bio *bio, struct page *page, int flags, unsigned int len)
{
	unsigned int off = 0;

	get_page(page);
	if (flags & 1)
		off = 512;
	if (flags & 2)
		len -= off;
	if (flags & 4)
		len = len / 2;
	return bio_add_page(bio, page, len, off); // expect: missing-accessible(add_range)
}
