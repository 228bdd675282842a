/* sg_set_page(), sg_set_folio(), sg_assign_page() and a store to
 * page_link put a page into a scatterlist for DMA or crypto. */
#include "kernel.h"

void sg_page(struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0); // expect: missing-accessible(sg_page)
}

void sg_folio(struct scatterlist *sg, struct folio *folio)
{
	folio_get(folio);
	sg_set_folio(sg, folio, PAGE_SIZE, 0); // expect: missing-accessible(sg_folio)
}

void sg_assign(struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_assign_page(sg, page); // expect: missing-accessible(sg_assign)
}

void sg_literal(struct scatterlist *sgl, struct page *page)
{
	get_page(page);
	sgl->page_link = (unsigned long)page; // expect: missing-accessible(sg_literal)
	sgl->offset = 0;
	sgl->length = PAGE_SIZE;
}

int sg_map(struct device *dev, struct scatterlist *sg, struct sg_table *sgt)
{
	int n = dma_map_sg(dev, sg, 1, DMA_TO_DEVICE);

	return n + dma_map_sgtable(dev, sgt, DMA_TO_DEVICE, 0);
}
