/* The 6.12 bio primitives: each is I/O on its page or folio argument.
 * bio_add_hw_page() is how SG_IO and NVMe passthrough (blk_rq_map_user_iov)
 * add user pages; bio_add_hw_folio() is its folio form. */
#include "kernel.h"

void add_nofail(struct bio *bio, struct folio *folio)
{
	folio_get(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(add_nofail)
}

int add_hw_page(struct request_queue *q, struct bio *bio, struct page *page)
{
	bool same_page;

	get_page(page);
	return bio_add_hw_page(q, bio, page, PAGE_SIZE, 0, 256, &same_page); // expect: missing-accessible(add_hw_page)
}

int add_hw_folio(struct request_queue *q, struct bio *bio, struct folio *folio)
{
	bool same_page;

	folio_get(folio);
	return bio_add_hw_folio(q, bio, folio, PAGE_SIZE, 0, 256, &same_page); // expect: missing-accessible(add_hw_folio)
}

int add_pc_page(struct request_queue *q, struct bio *bio, struct page *page)
{
	get_page(page);
	return bio_add_pc_page(q, bio, page, PAGE_SIZE, 0); // expect: missing-accessible(add_pc_page)
}

int add_zone_append(struct bio *bio, struct page *page)
{
	get_page(page);
	return bio_add_zone_append_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(add_zone_append)
}
