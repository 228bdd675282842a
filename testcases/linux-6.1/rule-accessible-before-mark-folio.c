/* The folio form: arch_make_folio_accessible() before folio_ref_inc(). */
#include "kernel.h"

void send_folio(struct bio *bio, struct folio *folio, size_t len)
{
	if (arch_make_folio_accessible(folio))
		return;
	folio_ref_inc(folio);
	bio_add_folio(bio, folio, len, 0); // expect: accessible-before-mark(send_folio)
}
