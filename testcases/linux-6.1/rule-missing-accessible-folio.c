/* folio_get() then bio_add_folio() with no accessible call: the folio form
 * of the missing call. */
#include "kernel.h"

void queue_folio(struct bio *bio, struct folio *folio, size_t len)
{
	folio_get(folio);
	if (!bio_add_folio(bio, folio, len, 0)) // expect: missing-accessible(queue_folio)
		folio_put(folio);
}
