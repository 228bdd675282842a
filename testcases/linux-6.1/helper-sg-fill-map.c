/* mthca_alloc_icm_pages() fills one entry of its caller's scatterlist with
 * sg_set_page() and mthca_alloc_icm() maps the list with dma_map_sg()
 * (drivers/infiniband/hw/mthca/mthca_memfree.c, 6.1).  A helper that puts
 * a page into a list it leaves to its caller, and a helper that maps its
 * caller's list: the caller's mapping is the page's I/O, checked in the
 * state the page has there.  Made accessible between the fill and the
 * mapping: clean; never made accessible: reported at the mapping. */
// limit(cocci): needs the summaries of the helpers; Coccinelle matches one function at a time
#include "kernel.h"

static void fill_icm_page(struct scatterlist *mem, struct page *page, int order)
{
	sg_set_page(mem, page, PAGE_SIZE << order, 0);
}

static int map_icm(struct device *dev, struct scatterlist *mem, int npages)
{
	return dma_map_sg(dev, mem, npages, DMA_TO_DEVICE);
}

int alloc_icm_user(struct device *dev, struct scatterlist *mem, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	fill_icm_page(mem, page, 0);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EFAULT;
	}
	if (!dma_map_sg(dev, mem, 1, DMA_TO_DEVICE)) {
		put_page(page);
		return -ENOMEM;
	}
	return 0;
}

int alloc_icm_user_noacc(struct device *dev, struct scatterlist *mem, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	fill_icm_page(mem, page, 0);
	if (!dma_map_sg(dev, mem, 1, DMA_TO_DEVICE)) { // expect: missing-accessible(alloc_icm_user_noacc)
		put_page(page);
		return -ENOMEM;
	}
	return 0;
}

int map_icm_user(struct device *dev, struct scatterlist *mem, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(mem, page, PAGE_SIZE, 0);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EFAULT;
	}
	if (!map_icm(dev, mem, 1)) {
		put_page(page);
		return -ENOMEM;
	}
	return 0;
}

int map_icm_user_noacc(struct device *dev, struct scatterlist *mem, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(mem, page, PAGE_SIZE, 0);
	if (!map_icm(dev, mem, 1)) { // expect: missing-accessible(map_icm_user_noacc)
		put_page(page);
		return -ENOMEM;
	}
	return 0;
}
