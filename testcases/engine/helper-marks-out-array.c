/* A helper wrapping get_user_pages_fast() marks the caller's array when it
 * returns > 0: the caller's loop adds the pages without the call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int grab_user_pages(unsigned long uaddr, int nr, struct page **pages)
{
	return get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
}

int dio_read_user(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, n;

	n = grab_user_pages(uaddr, nr, pages);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0); // expect: missing-accessible(dio_read_user)
	return submit_bio_wait(bio);
}
