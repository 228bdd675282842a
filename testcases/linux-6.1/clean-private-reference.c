/* The reference folio_attach_private() takes belongs to folio->private
 * (iomap_page_create, buffer heads): it is not a pending-I/O marker, so the
 * helper is not a marker and the read into the locked folio is the caller's
 * business: silent. */
#include "kernel.h"

struct state { int uptodate; };

static struct state *state_create(struct folio *folio, struct state *st)
{
	folio_attach_private(folio, st);
	return st;
}

bool read_folio_iter(struct folio *folio, struct bio *bio, struct state *st)
{
	state_create(folio, st);
	return bio_add_folio(bio, folio, PAGE_SIZE, 0);
}
