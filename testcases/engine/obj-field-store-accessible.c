/* Marked through the local, made accessible through the field it was
 * stored in, sent through the local: one object, ready. */
#include "kernel.h"

struct dio_state {
	struct page *cur_page;
	struct bio *bio;
};

int dio_prepare(struct dio_state *s, struct page *page)
{
	int ret;

	get_page(page);
	s->cur_page = page;
	ret = arch_make_page_accessible(s->cur_page);
	if (ret) {
		s->cur_page = NULL;
		put_page(page);
		return ret;
	}
	return bio_add_page(s->bio, page, PAGE_SIZE, 0);
}
