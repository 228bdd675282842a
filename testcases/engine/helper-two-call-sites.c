/* One I/O helper, two call sites: the caller that prepared the page is
 * clean, the one that only marked it is reported at its own call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void map_for_device(struct device *dev, struct page *page, dma_addr_t *addr)
{
	*addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
}

int map_prepared(struct device *dev, struct page *page, dma_addr_t *addr)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	map_for_device(dev, page, addr);
	return 0;
}

int map_unprepared(struct device *dev, struct page *page, dma_addr_t *addr)
{
	get_page(page);
	map_for_device(dev, page, addr); // expect: missing-accessible(map_unprepared)
	return 0;
}
