/* virtio_net keeps XDP frames in the virtqueue's token as a tagged
 * pointer: the static helpers xdp_to_ptr() encodes it, (unsigned long)ptr |
 * VIRTIO_XDP_FLAG, and ptr_to_xdp() decodes it, ptr & ~VIRTIO_XDP_FLAG
 * (drivers/net/virtio_net.c, 6.1).  With a page in the descriptor: the
 * helpers' summaries link their result to their parameter, so the decoded
 * page is the page encoded, at -O0 too, where the helpers are calls.
 * Marked with no accessible call, the decoded page's I/O is reported;
 * made accessible before it is queued, it is clean. */
// limit(cocci): the page goes through two helpers and a tagged integer; Coccinelle matches one function at a time and follows expressions, not values
#include "kernel.h"

#define RING_PAGE_FLAG 1UL

struct ring_desc {
	unsigned long token;
	unsigned int len;
};

static unsigned long page_to_token(struct page *page)
{
	return (unsigned long)page | RING_PAGE_FLAG;
}

static struct page *token_to_page(unsigned long token)
{
	return (struct page *)(token & ~RING_PAGE_FLAG);
}

void ring_send_helpers(struct ring_desc *d, struct bio *bio, struct page *page)
{
	get_page(page);
	d->token = page_to_token(page);
	bio_add_page(bio, token_to_page(d->token), PAGE_SIZE, 0); // expect: missing-accessible(ring_send_helpers)
}

void ring_send_helpers_accessible(struct ring_desc *d, struct bio *bio, struct page *page)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return;
	}
	d->token = page_to_token(page);
	bio_add_page(bio, token_to_page(d->token), PAGE_SIZE, 0);
}
