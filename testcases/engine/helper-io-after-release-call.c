/* The caller drops its reference and then calls the I/O helper: I/O after
 * release, reported at the helper call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static void map_one(struct device *dev, struct page *page, dma_addr_t *addr)
{
	*addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
}

int map_after_put(struct device *dev, struct page *page, dma_addr_t *addr)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	put_page(page);
	if (ret)
		return ret;
	map_one(dev, page, addr); // expect: io-after-release(map_after_put)
	return 0;
}
