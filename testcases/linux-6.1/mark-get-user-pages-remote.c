/* get_user_pages_remote() takes the out array as its fifth argument. */
#include "kernel.h"

long access_remote_page(struct mm_struct *mm, struct bio *bio, unsigned long addr)
{
	struct page *pages[1];
	int locked = 1;
	long ret;

	ret = get_user_pages_remote(mm, addr, 1, 0, pages, NULL, &locked);
	if (ret <= 0)
		return ret;
	bio_add_page(bio, pages[0], PAGE_SIZE, 0); // expect: missing-accessible(access_remote_page)
	submit_bio(bio);
	return 0;
}
