/* A helper stores the page it was given into a batch the caller owns
 * (folio_batch_add in mm/filemap.c): the batch's elements and the page are
 * one object for the caller, so the marker taken before the call reaches
 * the I/O on the batch's element after it. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

struct batch { unsigned int nr; struct page *pages[16]; };

static void batch_add(struct batch *b, struct page *page)
{
	b->pages[b->nr++] = page;
}

int send_batch(struct batch *b, struct page *page, struct bio *bio)
{
	get_page(page);
	batch_add(b, page);
	return bio_add_page(bio, b->pages[0], PAGE_SIZE, 0); // expect: missing-accessible(send_batch)
}
