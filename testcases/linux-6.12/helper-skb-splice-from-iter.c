/* skb_splice_from_iter() (MSG_SPLICE_PAGES) in 6.12's shape: pages
 * extracted with no reference, then skb_append_pagefrags() takes one with
 * get_page() and makes the page a fragment: the gap is in the helper, for
 * every iterator that is not pinned (splice from a pipe gives ITER_BVEC). */
#include "kernel.h"

static int append_pagefrags(struct sk_buff *skb, struct page *page,
			    int offset, size_t size, size_t max_frags)
{
	int i = skb_shinfo(skb)->nr_frags;

	if (i < max_frags) {
		get_page(page);
		skb_fill_page_desc_noacc(skb, i, page, offset, size); // expect: missing-accessible(append_pagefrags)
	} else {
		return -EMSGSIZE;
	}
	return 0;
}

ssize_t splice_from_iter(struct sk_buff *skb, struct iov_iter *iter, ssize_t maxsize)
{
	struct page *pages[8], **ppages = pages;
	ssize_t spliced = 0, len;
	size_t off;
	int ret;

	while (iter->count > 0) {
		len = iov_iter_extract_pages(iter, &ppages, maxsize, 8, 0, &off);
		if (len <= 0)
			break;
		ret = append_pagefrags(skb, pages[0], off, len, MAX_SKB_FRAGS);
		if (ret < 0) {
			iov_iter_revert(iter, len);
			break;
		}
		spliced += len;
	}
	return spliced;
}
