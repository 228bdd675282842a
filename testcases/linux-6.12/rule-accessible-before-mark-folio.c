/* The accessible call before the reference does not count. */
#include "kernel.h"

int map_folio_early(struct scatterlist *sg, struct folio *folio)
{
	if (arch_make_folio_accessible(folio))
		return -EIO;
	folio_get(folio);
	sg_set_folio(sg, folio, PAGE_SIZE, 0); // expect: accessible-before-mark(map_folio_early)
	return 0;
}
