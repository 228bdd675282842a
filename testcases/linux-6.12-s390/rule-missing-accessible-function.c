/* A reference and I/O without s390's accessible call: reported. */
#include "kernel.h"

int write_folio(struct bio *bio, struct folio *folio)
{
	folio_get(folio);
	return bio_add_folio(bio, folio, PAGE_SIZE, 0); // expect: missing-accessible(write_folio)
}
