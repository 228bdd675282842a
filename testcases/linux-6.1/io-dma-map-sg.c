/* dma_map_sg() and dma_map_sgtable() take the scatterlist, not a page: the
 * pages were checked at sg_set_page(), and here they are ready. */
#include "kernel.h"

int map_pages_sg(struct device *dev, struct scatterlist *sg, struct page *page, unsigned int len)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	if (ret)
		goto out_put;
	sg_set_page(sg, page, len, 0);
	if (!dma_map_sg(dev, sg, 1, DMA_TO_DEVICE)) {
		ret = -EIO;
		goto out_put;
	}
	return 0;
out_put:
	put_page(page);
	return ret;
}

int map_table(struct device *dev, struct sg_table *sgt)
{
	return dma_map_sgtable(dev, sgt, DMA_TO_DEVICE, 0);
}
