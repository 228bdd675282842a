/* Accessible without a mark here (EARLY) and I/O: the marker is the
 * caller's, so no finding in this function. */
#include "kernel.h"

int export_callers_page(struct device *dev, struct page *page, dma_addr_t *addr)
{
	int ret = arch_make_page_accessible(page);

	if (ret)
		return ret;
	*addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
	return dma_mapping_error(dev, *addr) ? -EIO : 0;
}
