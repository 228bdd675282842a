/* A page kept as a tagged integer in a ring descriptor and decoded again
 * is the same object (drivers/net/virtio_net.c in 6.1 keeps XDP frames in
 * the virtqueue's token as (unsigned long)ptr | VIRTIO_XDP_FLAG and
 * decodes them with ptr & ~VIRTIO_XDP_FLAG).  Marked with no accessible
 * call, the decoded page's I/O is reported; made accessible before it is
 * queued, it is clean. */
// limit(cocci): the page goes through a tagged integer in d->token and comes back by a cast of an arithmetic expression; a source matcher follows expressions, not values
#include "kernel.h"

#define RING_PAGE_FLAG 1UL

struct ring_desc {
	unsigned long token;
	unsigned int len;
};

#define ring_put(d, page)	((d)->token = (unsigned long)(page) | RING_PAGE_FLAG)
#define ring_get(d)		((struct page *)((d)->token & ~RING_PAGE_FLAG))

void ring_send(struct ring_desc *d, struct bio *bio, struct page *page)
{
	get_page(page);
	ring_put(d, page);
	bio_add_page(bio, ring_get(d), PAGE_SIZE, 0); // expect: missing-accessible(ring_send)
}

void ring_send_accessible(struct ring_desc *d, struct bio *bio, struct page *page)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return;
	}
	ring_put(d, page);
	bio_add_page(bio, ring_get(d), PAGE_SIZE, 0);
}
