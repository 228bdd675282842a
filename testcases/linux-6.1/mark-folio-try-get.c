/* folio_try_get() and folio_try_get_rcu() mark the folio when they return
 * true. */
#include "kernel.h"

int lookup_and_read(struct bio *bio, struct folio *folio)
{
	if (!folio_try_get(folio))
		return -EAGAIN;
	bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(lookup_and_read)
	return 0;
}

int speculative_read(struct bio *bio, struct folio *folio)
{
	if (folio_try_get_rcu(folio)) {
		bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(speculative_read)
		return 0;
	}
	return -EAGAIN;
}
