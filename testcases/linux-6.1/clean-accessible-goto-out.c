/* The kernel's usual error shape: ret = arch_make_page_accessible(); if (ret)
 * goto out; the I/O only on the success path. */
#include "kernel.h"

int write_cached_page(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page;
	int ret;

	page = find_lock_page(mapping, index);
	if (!page)
		return -ENOENT;
	ret = arch_make_page_accessible(page);
	if (ret)
		goto out;
	if (bio_add_page(bio, page, PAGE_SIZE, 0) != PAGE_SIZE) {
		ret = -EIO;
		goto out;
	}
	ret = submit_bio_wait(bio);
out:
	unlock_page(page);
	put_page(page);
	return ret;
}
