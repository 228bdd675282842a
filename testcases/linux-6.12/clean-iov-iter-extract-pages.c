/* iov_iter_extract_pages() pins user-backed iterators (FOLL_PIN: the pages
 * are accessible) and takes no reference on the others: the 6.12 direct
 * I/O path (__bio_iov_iter_get_pages()) is clean whichever it is. */
#include "kernel.h"

int dio_add_pages(struct bio *bio, struct iov_iter *iter, bool *pinned)
{
	struct page **pages = NULL;
	size_t offset;
	ssize_t size;

	*pinned = iov_iter_extract_will_pin(iter);
	size = iov_iter_extract_pages(iter, &pages, 65536, 16, 0, &offset);
	if (size <= 0)
		return size ? size : -EFAULT;
	__bio_add_page(bio, pages[0], size, offset);
	return 0;
}

int dio_add_folio(struct bio *bio, struct iov_iter *iter)
{
	struct page *pagev[4], **pages = pagev;
	size_t offset;
	ssize_t size;

	size = iov_iter_extract_pages(iter, &pages, 65536, 4, ITER_ALLOW_P2PDMA, &offset);
	if (size <= 0)
		return -EFAULT;
	bio_add_folio_nofail(bio, page_folio(pages[0]), size, offset);
	return 0;
}
