/* The page lookups still return NULL on a miss in 6.12
 * (pagecache_get_page() turns the folio's ERR_PTR into NULL). */
#include "kernel.h"

int cached_page_to_device(struct device *dev, struct address_space *mapping, pgoff_t index,
			  dma_addr_t *addr)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOENT;
	*addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE); // expect: missing-accessible(cached_page_to_device)
	return 0;
}

int write_begin_page(struct bio *bio, struct address_space *mapping, pgoff_t index)
{
	struct page *page = grab_cache_page_write_begin(mapping, index);

	if (!page)
		return -ENOMEM;
	return bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(write_begin_page)
}
