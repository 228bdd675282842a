/* bio_add_zone_append_page() is block I/O like bio_add_page() (zoned
 * writes). */
#include "kernel.h"

int zone_append(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_lock_page(mapping, index);
	int ret;

	if (!page)
		return -ENOENT;
	ret = bio_add_zone_append_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(zone_append)
	unlock_page(page);
	return ret == PAGE_SIZE ? 0 : -EIO;
}
