/* Linux 6.12's legacy direct I/O (fs/direct-io.c): dio_refill_pages() takes
 * the user pages with iov_iter_extract_pages(), which pins user-backed
 * iterators (FOLL_PIN: accessible) and takes nothing on the others;
 * dio_pin_page() adds a pin with folio_add_pin() (mark-nested: a pin on one
 * already held) on the page submit_page_section() keeps in sdio->cur_page,
 * dio_send_cur_page() adds it to the bio.  The extra pin is on top of the
 * first one, whose holder decides: no finding in any of these functions. */
#include "kernel.h"

#define DIO_PAGES 64

struct dio {
	bool is_pinned;
	struct page *pages[DIO_PAGES];
};

struct dio_submit {
	struct iov_iter *iter;
	struct bio *bio;
	struct page *cur_page;
	unsigned int cur_page_len, cur_page_offset;
	unsigned int head, tail;
	size_t from;
};

static int dio_refill_pages(struct dio *dio, struct dio_submit *sdio)
{
	struct page **pages = dio->pages;
	ssize_t ret;

	ret = iov_iter_extract_pages(sdio->iter, &pages, 1L << 30, DIO_PAGES, 0, &sdio->from);
	if (ret >= 0) {
		sdio->head = 0;
		sdio->tail = (ret + sdio->from + PAGE_SIZE - 1) / PAGE_SIZE;
		return 0;
	}
	return ret;
}

static struct page *dio_get_page(struct dio *dio, struct dio_submit *sdio)
{
	if (sdio->tail == sdio->head) {
		int ret = dio_refill_pages(dio, sdio);

		if (ret)
			return ERR_PTR(ret);
	}
	return dio->pages[sdio->head];
}

static void dio_pin_page(struct dio *dio, struct page *page)
{
	if (dio->is_pinned)
		folio_add_pin(page_folio(page));
}

static void dio_unpin_page(struct dio *dio, struct page *page)
{
	if (dio->is_pinned)
		unpin_user_page(page);
}

static int dio_bio_add_page(struct dio *dio, struct dio_submit *sdio)
{
	int ret;

	ret = bio_add_page(sdio->bio, sdio->cur_page, sdio->cur_page_len,
			   sdio->cur_page_offset);
	if (ret == sdio->cur_page_len) {
		dio_pin_page(dio, sdio->cur_page);
		ret = 0;
	} else {
		ret = 1;
	}
	return ret;
}

static int dio_send_cur_page(struct dio *dio, struct dio_submit *sdio)
{
	if (dio_bio_add_page(dio, sdio) != 0) {
		submit_bio(sdio->bio);
		return dio_bio_add_page(dio, sdio);
	}
	return 0;
}

static int submit_page_section(struct dio *dio, struct dio_submit *sdio,
			       struct page *page, unsigned int offset,
			       unsigned int len, bool boundary)
{
	int ret = 0;

	if (sdio->cur_page) {
		ret = dio_send_cur_page(dio, sdio);
		dio_unpin_page(dio, sdio->cur_page);
		sdio->cur_page = NULL;
		if (ret)
			return ret;
	}
	dio_pin_page(dio, page);		/* It is in dio */
	sdio->cur_page = page;
	sdio->cur_page_offset = offset;
	sdio->cur_page_len = len;
	if (boundary) {
		ret = dio_send_cur_page(dio, sdio);
		dio_unpin_page(dio, sdio->cur_page);
		sdio->cur_page = NULL;
	}
	return ret;
}

static int do_direct_IO(struct dio *dio, struct dio_submit *sdio)
{
	while (sdio->head < sdio->tail || sdio->tail == 0) {
		struct page *page = dio_get_page(dio, sdio);
		int ret;

		if (IS_ERR(page))
			return PTR_ERR(page);
		ret = submit_page_section(dio, sdio, page, 0, PAGE_SIZE, false);
		dio_unpin_page(dio, page);
		if (ret)
			return ret;
		sdio->head++;
	}
	return 0;
}

ssize_t blockdev_direct_IO(struct dio *dio, struct iov_iter *iter, struct bio *bio)
{
	struct dio_submit sdio = { 0 };
	int ret, ret2;

	dio->is_pinned = iov_iter_extract_will_pin(iter);
	sdio.iter = iter;
	sdio.bio = bio;
	ret = do_direct_IO(dio, &sdio);
	if (sdio.cur_page) {
		ret2 = dio_send_cur_page(dio, &sdio);
		if (ret == 0)
			ret = ret2;
		dio_unpin_page(dio, sdio.cur_page);
		sdio.cur_page = NULL;
	}
	return ret;
}
