/* goto again after a failed accessible call: every pass re-takes the
 * reference and re-makes the page accessible before the bio. */
#include "kernel.h"

int read_stable_page(struct bio *bio, struct address_space *mapping, pgoff_t index, int tries)
{
	struct page *page;
	int ret;

again:
	page = find_lock_page(mapping, index);
	if (!page)
		return -ENOENT;
	ret = arch_make_page_accessible(page);
	if (ret == -EAGAIN && tries-- > 0) {
		unlock_page(page);
		put_page(page);
		goto again;
	}
	if (ret) {
		unlock_page(page);
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	unlock_page(page);
	return submit_bio_wait(bio);
}
