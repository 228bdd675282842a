/* The try_get_page() result is kept in a bool and tested later: the true
 * path is marked, the false path (no marker) is silent. */
#include "kernel.h"

int add_if_live(struct bio *bio, struct page *page, bool lock)
{
	bool got = try_get_page(page);

	if (lock)
		lock_page(page);
	if (!got) {
		bio_add_page(bio, page, PAGE_SIZE, 0);
		return 0;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(add_if_live)
	return 1;
}
