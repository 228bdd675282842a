/* CPU-only access: a page cache page is referenced and copied through
 * kmap_local_page(); no I/O, so no accessible call is needed. */
#include "kernel.h"

int copy_from_cache(struct address_space *mapping, pgoff_t index, void *dst, size_t len)
{
	struct page *page = find_get_page(mapping, index);
	void *addr;

	if (!page)
		return -ENOENT;
	addr = kmap_local_page(page);
	memcpy(dst, addr, len);
	kunmap_local(addr);
	put_page(page);
	return 0;
}
