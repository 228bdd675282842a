/* memfd_pin_folios() pins (FOLL_PIN) without arch_make_folio_accessible():
 * a mark, so I/O on its folios needs the accessible call. */
#include "kernel.h"

long memfd_to_device(struct bio *bio, struct file *memfd, loff_t start, loff_t end)
{
	struct folio *folios[16];
	pgoff_t offset;
	long n;

	n = memfd_pin_folios(memfd, start, end, folios, 16, &offset);
	if (n <= 0)
		return n;
	bio_add_folio_nofail(bio, folios[0], PAGE_SIZE, offset); // expect: missing-accessible(memfd_to_device)
	return n;
}

long memfd_to_device_checked(struct bio *bio, struct file *memfd, loff_t start, loff_t end)
{
	struct folio *folios[16];
	pgoff_t offset;
	long n;

	n = memfd_pin_folios(memfd, start, end, folios, 16, &offset);
	if (n <= 0)
		return n;
	if (arch_make_folio_accessible(folios[0])) {
		unpin_folios(folios, n);
		return -EIO;
	}
	bio_add_folio_nofail(bio, folios[0], PAGE_SIZE, offset);
	return n;
}
