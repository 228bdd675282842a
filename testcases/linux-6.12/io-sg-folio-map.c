/* get_sg_table() (drivers/dma-buf/udmabuf.c, 6.12) puts the buffer's
 * folios into an sg_table with sg_set_folio() and maps the table with
 * dma_map_sgtable(): the mapping is the folios' I/O.  Here the function
 * takes the folio's reference itself: made accessible after sg_set_folio()
 * and before the mapping, it is clean (get_sg_table_ready); never made
 * accessible, it is reported at dma_map_sgtable(), not at sg_set_folio()
 * (get_sg_table_noacc). */
// limit(cocci): the I/O is the mapping of the list that carries the folio; a source matcher takes sg_set_folio() for it
#include "kernel.h"

struct udmabuf { struct folio **folios; unsigned long *offsets; };

int get_sg_table_ready(struct device *dev, struct udmabuf *ubuf, struct sg_table *sg)
{
	struct folio *folio = ubuf->folios[0];
	int ret;

	folio_get(folio);
	sg_set_folio(sg->sgl, folio, PAGE_SIZE, ubuf->offsets[0]);
	ret = arch_make_folio_accessible(folio);
	if (ret)
		goto err;
	ret = dma_map_sgtable(dev, sg, DMA_TO_DEVICE, 0);
	if (ret < 0)
		goto err;
	return 0;
err:
	folio_put(folio);
	return ret;
}

int get_sg_table_noacc(struct device *dev, struct udmabuf *ubuf, struct sg_table *sg)
{
	struct folio *folio = ubuf->folios[0];
	int ret;

	folio_get(folio);
	sg_set_folio(sg->sgl, folio, PAGE_SIZE, ubuf->offsets[0]);
	ret = dma_map_sgtable(dev, sg, DMA_TO_DEVICE, 0); // expect: missing-accessible(get_sg_table_noacc)
	if (ret < 0)
		goto err;
	return 0;
err:
	folio_put(folio);
	return ret;
}
