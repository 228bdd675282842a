/* Parameters are objects: one marked here is this function's obligation,
 * one never marked here is the caller's. */
#include "kernel.h"

void pair_to_bio(struct bio *bio, struct page *mine, struct page *callers)
{
	get_page(mine);
	bio_add_page(bio, mine, PAGE_SIZE, 0); // expect: missing-accessible(pair_to_bio)
	bio_add_page(bio, callers, PAGE_SIZE, 0);
}
