/* A driver takes a reference on an rx page and maps it for DMA without
 * making it accessible first (dma_map_page() macro form). */
#include "kernel.h"

dma_addr_t map_rx_page(struct device *dev, struct page *page)
{
	dma_addr_t addr;

	get_page(page);
	addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_FROM_DEVICE); // expect: missing-accessible(map_rx_page)
	if (dma_mapping_error(dev, addr)) {
		put_page(page);
		return 0;
	}
	return addr;
}
