/* arch/s390/kernel/uv.c: the accessible primitive's own body (the
 * ultravisor's pin-shared or export call on the page's physical address)
 * is not analyzed: its rule is its summary.  A caller in the same unit is
 * clean, and so is the secure-storage fault handler's kernel case
 * (arch/s390/mm/fault.c): a reference, the export, the reference dropped,
 * no I/O. */
#include "kernel.h"

int arch_make_page_accessible(struct page *page)
{
	int rc;

	if (!test_bit(PG_arch_1, &page->flags))
		return 0;
	rc = uv_pin_shared(page_to_phys(page));
	if (!rc) {
		clear_bit(PG_arch_1, &page->flags);
		return 0;
	}
	rc = uv_convert_from_secure(page_to_phys(page));
	if (!rc) {
		clear_bit(PG_arch_1, &page->flags);
		return 0;
	}
	return rc;
}

int write_one(struct bio *bio, struct page *page)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	return bio_add_page(bio, page, PAGE_SIZE, 0);
}

int secure_storage_kernel_fault(unsigned long addr)
{
	struct page *page = phys_to_page(addr);
	int rc;

	if (unlikely(!try_get_page(page)))
		return 0;
	rc = uv_convert_from_secure(page_to_phys(page));
	if (!rc)
		clear_bit(PG_arch_1, &page->flags);
	put_page(page);
	return rc;
}
