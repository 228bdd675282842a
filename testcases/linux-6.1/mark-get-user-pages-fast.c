/* get_user_pages_fast() marks the out array; a driver maps the pages for
 * DMA with no accessible call. */
#include "kernel.h"

int map_user_buffer(struct device *dev, unsigned long uaddr, int nr, dma_addr_t *dma)
{
	struct page *pages[8];
	int i, got;

	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		dma[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE, DMA_FROM_DEVICE); // expect: missing-accessible(map_user_buffer)
	return got;
}
