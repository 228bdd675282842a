/* sg_assign_page() puts the page into sg->page_link (a tagged integer)
 * for a later dma_map_sg() on the list: the page reaches the I/O there
 * (crypto/af_alg.c af_alg_sendmsg() in 6.1 assigns its pages with it).  A
 * page marked by find_get_page() and assigned with no accessible call is
 * reported at the mapping of the list that carries it; checked and made
 * accessible first, it is clean. */
// limit(cocci): the I/O is the mapping of the list that carries the page; a source matcher takes sg_assign_page() for it
#include "kernel.h"

int sg_from_cache(struct address_space *mapping, struct scatterlist *sg,
		  struct device *dev, int nents)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOENT;
	sg_assign_page(sg, page);
	return dma_map_sg(dev, sg, nents, DMA_TO_DEVICE); // expect: missing-accessible(sg_from_cache)
}

int sg_from_cache_accessible(struct address_space *mapping, struct scatterlist *sg,
			     struct device *dev, int nents)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOENT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_assign_page(sg, page);
	return dma_map_sg(dev, sg, nents, DMA_TO_DEVICE);
}
