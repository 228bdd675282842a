/* The bug twin of clean-sg-accessible-before-map.c: mthca_map_user_db()
 * (drivers/infiniband/hw/mthca/mthca_memfree.c, 6.1) with a page
 * referenced by get_user_pages_fast() and never made accessible.  The page
 * reaches the device where dma_map_sg() maps the list that carries it: the
 * finding is there, not at sg_set_page().  The same through an sg_table. */
// limit(cocci): the I/O is the mapping of the list that carries the page; a source matcher takes sg_set_page() for it
#include "kernel.h"

struct db_page { struct scatterlist mem; unsigned long uvirt; int refcount; };
struct db_table { struct db_page page[4]; };

int map_user_db(struct device *dev, struct db_table *db_tab, int i, unsigned long uaddr)
{
	struct page *pages[1];
	int ret;

	ret = get_user_pages_fast(uaddr, 1, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	sg_set_page(&db_tab->page[i].mem, pages[0], PAGE_SIZE, 0);
	ret = dma_map_sg(dev, &db_tab->page[i].mem, 1, DMA_TO_DEVICE); // expect: missing-accessible(map_user_db)
	if (ret <= 0) {
		put_page(pages[0]);
		return -ENOMEM;
	}
	db_tab->page[i].uvirt = uaddr;
	db_tab->page[i].refcount = 1;
	return 0;
}

int map_user_table(struct device *dev, struct sg_table *sgt, unsigned long uaddr)
{
	struct page *page;
	int ret;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sgt->sgl, page, PAGE_SIZE, 0);
	ret = dma_map_sgtable(dev, sgt, DMA_TO_DEVICE, 0); // expect: missing-accessible(map_user_table)
	if (ret)
		put_page(page);
	return ret;
}
