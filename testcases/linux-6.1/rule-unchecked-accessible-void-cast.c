/* Casting the result to void discards it just the same. */
#include "kernel.h"

dma_addr_t map_tx_page(struct device *dev, struct page *page, size_t off, size_t len)
{
	get_page(page);
	(void)arch_make_page_accessible(page);
	return dma_map_page_attrs(dev, page, off, len, DMA_TO_DEVICE, 0); // expect: unchecked-accessible(map_tx_page)
}
