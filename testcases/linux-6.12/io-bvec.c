/* A page stored into a bio_vec (bvec_set_page(), bvec_set_folio(), or a
 * store to bv_page) goes to a bio or an ITER_BVEC for sendmsg
 * (MSG_SPLICE_PAGES) or a file: I/O. */
#include "kernel.h"

void bvec_from_page(struct bio_vec *bv, struct page *page)
{
	get_page(page);
	bvec_set_page(bv, page, PAGE_SIZE, 0); // expect: missing-accessible(bvec_from_page)
}

void bvec_from_folio(struct bio_vec *bv, struct folio *folio)
{
	folio_get(folio);
	bvec_set_folio(bv, folio, PAGE_SIZE, 0); // expect: missing-accessible(bvec_from_folio)
}

void bvec_by_hand(struct bio *bio, struct page *page)
{
	struct bio_vec *bv = &bio->bi_io_vec[bio->bi_vcnt];

	get_page(page);
	bv->bv_page = page; // expect: missing-accessible(bvec_by_hand)
	bv->bv_len = PAGE_SIZE;
	bv->bv_offset = 0;
	bio->bi_vcnt++;
}

int bvec_ready(struct bio_vec *bv, struct folio *folio)
{
	folio_get(folio);
	if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return -EIO;
	}
	bvec_set_folio(bv, folio, PAGE_SIZE, 0);
	return 0;
}
