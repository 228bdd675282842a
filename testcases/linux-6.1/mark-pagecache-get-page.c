/* pagecache_get_page() and grab_cache_page_write_begin() (out-of-line
 * functions) mark the page they return when it is not NULL. */
#include "kernel.h"

int read_locked(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = pagecache_get_page(mapping, index, FGP_LOCK, 0);

	if (!page)
		return -ENOENT;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_locked)
	return 0;
}

int write_begin_read(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = grab_cache_page_write_begin(mapping, index);

	if (!page)
		return -ENOMEM;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(write_begin_read)
	return 0;
}
