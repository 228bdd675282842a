/* Only the fast path calls arch_make_page_accessible(), and before
 * get_page(); the other path never calls it: both rules at one I/O site. */
#include "kernel.h"

int add_user_page(struct bio *bio, struct page *page, bool fast)
{
	if (fast && arch_make_page_accessible(page))
		return -EIO;
	get_page(page);
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: accessible-before-mark(add_user_page), missing-accessible(add_user_page)
}
