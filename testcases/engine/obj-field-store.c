/* Storing the page into s->cur_page makes the field path and the local one
 * object (fs/direct-io.c's dio->cur_page shape). */
#include "kernel.h"

struct dio_state {
	struct page *cur_page;
	unsigned int cur_page_len;
	struct bio *bio;
};

void dio_set_cur_page(struct dio_state *s, struct page *page, unsigned int len)
{
	get_page(page);
	s->cur_page = page;
	s->cur_page_len = len;
	bio_add_page(s->bio, s->cur_page, s->cur_page_len, 0); // expect: missing-accessible(dio_set_cur_page)
}
