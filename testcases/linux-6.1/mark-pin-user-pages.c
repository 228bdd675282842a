/* FOLL_PIN gup makes the pages accessible inside it in 6.1: pin_user_pages()
 * and pin_user_pages_fast() then I/O, unpin after, is clean. */
#include "kernel.h"

long pin_and_read(struct bio *bio, unsigned long start, unsigned long nr, struct page **pages)
{
	long n, i;

	n = pin_user_pages(start, nr, FOLL_WRITE | FOLL_LONGTERM, pages, NULL);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	submit_bio_wait(bio);
	unpin_user_pages_dirty_lock(pages, n, true);
	return n;
}

int pin_and_map(struct device *dev, unsigned long uaddr, int nr, struct page **pages, dma_addr_t *dma)
{
	int i, n;

	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		dma[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE, DMA_FROM_DEVICE);
	return n;
}
