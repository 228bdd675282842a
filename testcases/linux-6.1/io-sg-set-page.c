/* sg_set_page() hands the page to a scatterlist for DMA: an I/O event
 * (crypto and storage drivers). */
#include "kernel.h"

int build_sg(struct scatterlist *sg, struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++) {
		get_page(pages[i]);
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0); // expect: missing-accessible(build_sg)
	}
	return nr;
}
