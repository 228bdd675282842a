/* A helper with two page parameters does I/O on the first only: the caller's
 * ready page goes there, its merely marked page does not reach I/O. */
#include "kernel.h"

static void add_data_note_meta(struct bio *bio, struct page *data, struct page *meta)
{
	bio_add_page(bio, data, PAGE_SIZE, 0);
	lock_page(meta);
}

int send_data(struct bio *bio, struct page *data, struct page *meta)
{
	get_page(data);
	get_page(meta);
	if (arch_make_page_accessible(data)) {
		put_page(data);
		put_page(meta);
		return -EIO;
	}
	add_data_note_meta(bio, data, meta);
	return 0;
}
