/* get_user_pages() fills pages[] with referenced pages when it returns > 0;
 * adding them to a bio with no accessible call is the direct-I/O bug. */
#include "kernel.h"

long dio_map_user(struct bio *bio, unsigned long addr, unsigned long nr)
{
	struct page *pages[16];
	long n, i;

	n = get_user_pages(addr, nr, FOLL_WRITE, pages, NULL);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0); // expect: missing-accessible(dio_map_user)
	return n;
}
