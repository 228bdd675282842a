/* mthca_map_user_db() (drivers/infiniband/hw/mthca/mthca_memfree.c, 6.1)
 * puts a user page into a scatterlist with sg_set_page() and maps the list
 * with dma_map_sg(): the mapping is the page's I/O.  Made accessible (and
 * checked) after sg_set_page() but before dma_map_sg(), the page is ready
 * at its I/O: clean.  (6.1 pins the page, which makes it accessible; here
 * the page is referenced by get_user_pages_fast() and made accessible by
 * hand.)  The same through an sg_table and dma_map_sgtable(): the table
 * maps what its sgl[] carries. */
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
	ret = arch_make_page_accessible(pages[0]);
	if (ret) {
		put_page(pages[0]);
		return ret;
	}
	ret = dma_map_sg(dev, &db_tab->page[i].mem, 1, DMA_TO_DEVICE);
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
	ret = arch_make_page_accessible(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	ret = dma_map_sgtable(dev, sgt, DMA_TO_DEVICE, 0);
	if (ret)
		put_page(page);
	return ret;
}
