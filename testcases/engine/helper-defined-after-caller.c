/* The helper is defined after its caller (forward declaration): summaries
 * are computed callee-first whatever the order in the file. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int queue_for_io(struct bio *bio, struct page *page);

int read_page_fwd(struct bio *bio, struct page *page)
{
	get_page(page);
	return queue_for_io(bio, page); // expect: missing-accessible(read_page_fwd)
}

static int queue_for_io(struct bio *bio, struct page *page)
{
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
