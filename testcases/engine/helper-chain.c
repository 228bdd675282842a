/* Summaries compose: caller -> queue_one() -> add_one() does the I/O; the
 * caller's marked page is reported at its call to queue_one(). */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void add_one(struct bio *bio, struct page *page)
{
	__bio_add_page(bio, page, PAGE_SIZE, 0);
}

static void queue_one(struct bio *bio, struct page *page)
{
	add_one(bio, page);
	submit_bio(bio);
}

void read_cached_chain(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_get_page(mapping, index);

	if (page)
		queue_one(bio, page); // expect: missing-accessible(read_cached_chain)
}
