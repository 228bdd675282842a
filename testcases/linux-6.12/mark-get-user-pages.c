/* FOLL_GET gup marks the pages it returns (> 0) and does not make them
 * accessible; 6.12's gup has no vmas argument. */
#include "kernel.h"

int gup_read(struct bio *bio, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	return bio_add_page(bio, pages[0], PAGE_SIZE, 0); // expect: missing-accessible(gup_read)
}

int gup_fast_read(struct bio *bio, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	return bio_add_page(bio, pages[0], PAGE_SIZE, 0); // expect: missing-accessible(gup_fast_read)
}

int gup_remote_read(struct bio *bio, struct mm_struct *mm, unsigned long addr)
{
	struct page *page;
	int locked = 1;

	if (get_user_pages_remote(mm, addr, 1, 0, &page, &locked) <= 0)
		return -EFAULT;
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(gup_remote_read)
}

int gup_unlocked_read(struct bio *bio, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages_unlocked(addr, 1, pages, 0) <= 0)
		return -EFAULT;
	return bio_add_page(bio, pages[0], PAGE_SIZE, 0); // expect: missing-accessible(gup_unlocked_read)
}
