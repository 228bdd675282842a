/* Each case of the switch makes the page accessible its own way before its
 * own I/O. */
#include "kernel.h"

enum sink { SINK_BIO, SINK_SKB, SINK_PIPE };

int send_to(enum sink sink, struct bio *bio, struct sk_buff *skb,
	    struct pipe_buffer *buf, struct page *page)
{
	int ret = -EINVAL;

	get_page(page);
	switch (sink) {
	case SINK_BIO:
		ret = arch_make_page_accessible(page);
		if (!ret)
			bio_add_page(bio, page, PAGE_SIZE, 0);
		break;
	case SINK_SKB:
		ret = arch_make_folio_accessible(page_folio(page));
		if (ret)
			break;
		skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE);
		break;
	case SINK_PIPE:
		if (arch_make_page_accessible(page)) {
			ret = -EIO;
			break;
		}
		buf->page = page;
		ret = 0;
		break;
	}
	if (ret)
		put_page(page);
	return ret;
}
