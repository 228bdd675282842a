/* A lookup helper hands the marked page back through a struct page **
 * out parameter; the caller adds it without the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int lookup_page_out(struct address_space *mapping, pgoff_t index, struct page **pagep)
{
	*pagep = find_get_page(mapping, index);
	return *pagep ? 0 : -ENOENT;
}

int read_via_out(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page;

	if (lookup_page_out(mapping, index, &page))
		return -ENOENT;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_via_out)
	return submit_bio_wait(bio);
}
