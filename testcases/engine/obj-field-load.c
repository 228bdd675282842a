/* bh->b_page is a field path: separate loads of it, or a local loaded from
 * it, are one object (fs/buffer.c shape). */
#include "kernel.h"

void submit_bh_page(struct bio *bio, struct buffer_head *bh)
{
	get_page(bh->b_page);
	bio_add_page(bio, bh->b_page, bh->b_size, 0); // expect: missing-accessible(submit_bh_page)
	submit_bio(bio);
}

void submit_bh_local(struct bio *bio, struct buffer_head *bh)
{
	struct page *page = bh->b_page;

	get_page(page);
	bio_add_page(bio, bh->b_page, bh->b_size, 0); // expect: missing-accessible(submit_bh_local)
	submit_bio(bio);
}
