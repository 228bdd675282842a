/* Not user-backed: iov_iter_extract_pages() took no reference, so a
 * get_page() of its own is a mark that needs the accessible call
 * (skb_append_pagefrags() under skb_splice_from_iter()); on a pinned
 * iterator the same get_page() finds the page ready. */
#include "kernel.h"
// limit(cocci): an if: condition is taken as always holding (cocci/README.md), so iov_iter_extract_pages() counts as a pin on the not-pinned branch too

int splice_kernel_pages(struct sk_buff *skb, struct iov_iter *iter)
{
	struct page *pagev[8], **pages = pagev;
	size_t off;
	ssize_t len;

	if (iov_iter_extract_will_pin(iter))
		return -EINVAL;
	len = iov_iter_extract_pages(iter, &pages, 65536, 8, 0, &off);
	if (len <= 0)
		return -EIO;
	get_page(pages[0]);
	skb_fill_page_desc_noacc(skb, 0, pages[0], off, len); // expect: missing-accessible(splice_kernel_pages)
	return 0;
}

int splice_user_pages(struct sk_buff *skb, struct iov_iter *iter)
{
	struct page *pagev[8], **pages = pagev;
	size_t off;
	ssize_t len;

	if (!iov_iter_extract_will_pin(iter))
		return -EINVAL;
	len = iov_iter_extract_pages(iter, &pages, 65536, 8, 0, &off);
	if (len <= 0)
		return -EIO;
	get_page(pages[0]);
	skb_fill_page_desc_noacc(skb, 0, pages[0], off, len);
	return 0;
}
