/* FOLL_PIN gup still makes the folio accessible in 6.12 (mm/gup.c:
 * follow_page_pte() and gup_fast_pte_range()): pinned pages are ready. */
#include "kernel.h"

int pin_read(struct bio *bio, unsigned long addr)
{
	struct page *pages[1];

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	if (bio_add_page(bio, pages[0], PAGE_SIZE, 0) != PAGE_SIZE) {
		unpin_user_page(pages[0]);
		return -EIO;
	}
	return 0;
}

int pin_remote_read(struct bio *bio, struct mm_struct *mm, unsigned long addr)
{
	struct page *page;
	int locked = 1;

	if (pin_user_pages_remote(mm, addr, 1, FOLL_LONGTERM, &page, &locked) <= 0)
		return -EFAULT;
	return bio_add_page(bio, page, PAGE_SIZE, 0);
}

int pin_unlocked_read(struct bio *bio, unsigned long addr, struct page **pages)
{
	long n = pin_user_pages_unlocked(addr, 1, pages, 0);

	if (n <= 0)
		return -EFAULT;
	return bio_add_page(bio, pages[0], PAGE_SIZE, 0);
}

int pin_locked_read(struct bio *bio, unsigned long addr, struct page **pages)
{
	if (pin_user_pages(addr, 1, FOLL_WRITE, pages) <= 0)
		return -EFAULT;
	return bio_add_page(bio, pages[0], PAGE_SIZE, 0);
}
