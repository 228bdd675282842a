/* iov_iter_get_pages2() and _alloc2() still take FOLL_GET references in
 * 6.12 (vmsplice's iter_to_pipe(), MSG_ZEROCOPY's __zerocopy_sg_from_iter()). */
#include "kernel.h"

ssize_t zerocopy_from_iter(struct sk_buff *skb, struct iov_iter *from, int frag)
{
	struct page *pages[MAX_SKB_FRAGS];
	size_t start;
	ssize_t copied;

	copied = iov_iter_get_pages2(from, pages, 65536, MAX_SKB_FRAGS - frag, &start);
	if (copied < 0)
		return -EFAULT;
	skb_fill_page_desc_noacc(skb, frag, pages[0], start, copied); // expect: missing-accessible(zerocopy_from_iter)
	return copied;
}

ssize_t sg_from_iter(struct scatterlist *sg, struct iov_iter *iter, size_t maxsize)
{
	struct page **pages;
	size_t off;
	ssize_t len;
	int i, n;

	len = iov_iter_get_pages_alloc2(iter, &pages, maxsize, &off);
	if (len <= 0)
		return len;
	n = DIV_ROUND_UP(len + off, PAGE_SIZE);
	for (i = 0; i < n; i++) {
		sg_set_page(&sg[i], pages[i], PAGE_SIZE - off, off); // expect: missing-accessible(sg_from_iter)
		off = 0;
	}
	kvfree(pages);
	return len;
}
