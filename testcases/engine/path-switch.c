/* A switch over transfer modes: the DMA case forgets the accessible call the
 * other cases make. */
#include "kernel.h"

enum xfer_mode { XFER_BIO, XFER_DMA, XFER_SG };

int xfer_page(struct bio *bio, struct device *dev, struct scatterlist *sg,
	      struct page *page, enum xfer_mode mode)
{
	dma_addr_t addr;
	int ret = 0;

	get_page(page);
	switch (mode) {
	case XFER_BIO:
		ret = arch_make_page_accessible(page);
		if (!ret)
			bio_add_page(bio, page, PAGE_SIZE, 0);
		break;
	case XFER_DMA:
		addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE); // expect: missing-accessible(xfer_page)
		if (dma_mapping_error(dev, addr))
			ret = -EIO;
		break;
	case XFER_SG:
		ret = arch_make_page_accessible(page);
		if (ret)
			break;
		sg_set_page(sg, page, PAGE_SIZE, 0);
		break;
	}
	if (ret)
		put_page(page);
	return ret;
}
