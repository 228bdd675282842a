/* vfio_pin_pages() pins through pin_user_pages_remote() (FOLL_PIN), which
 * makes the pages accessible (vfio-ccw's page_array_pin()): an extra
 * reference taken after it does not undo that, so the I/O is clean; the
 * same with get_user_pages_remote() (FOLL_GET) is a gap. */
#include "kernel.h"

int ccw_pin_and_map(struct device *dev, struct vfio_device *vdev, dma_addr_t iova, dma_addr_t *dma)
{
	struct page *page;

	if (vfio_pin_pages(vdev, iova, 1, 3, &page) != 1)
		return -EFAULT;
	get_page(page);
	*dma = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
	return 0;
}

int gup_and_map(struct device *dev, struct mm_struct *mm, unsigned long uaddr, dma_addr_t *dma)
{
	struct page *page;

	if (get_user_pages_remote(mm, uaddr, 1, FOLL_WRITE, &page, NULL, NULL) != 1)
		return -EFAULT;
	get_page(page);
	*dma = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE); // expect: missing-accessible(gup_and_map)
	return 0;
}
