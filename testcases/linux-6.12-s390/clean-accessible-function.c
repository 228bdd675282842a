/* s390's arch_make_folio_accessible() is arch/s390/kernel/uv.c's function,
 * not mm.h's inline: after the mark it makes the folio accessible; the
 * secure-storage fault handler's shape (arch/s390/mm/fault.c: a reference
 * around the call, no I/O) is silent too. */
#include "kernel.h"

int write_folio(struct bio *bio, struct folio *folio)
{
	folio_get(folio);
	if (arch_make_folio_accessible(folio)) {
		folio_put(folio);
		return -EIO;
	}
	return bio_add_folio(bio, folio, PAGE_SIZE, 0);
}

int secure_storage_fault(struct folio *folio)
{
	int rc;

	folio_get(folio);
	rc = arch_make_folio_accessible(folio);
	folio_put(folio);
	return rc;
}
