/* A lookup helper returns the page find_get_page() marked: the caller's I/O
 * on the returned page misses the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static struct page *lookup_page(struct address_space *mapping, pgoff_t index)
{
	return find_get_page(mapping, index);
}

int read_looked_up(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = lookup_page(mapping, index);

	if (!page)
		return -ENOENT;
	bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_looked_up)
	return submit_bio_wait(bio);
}
