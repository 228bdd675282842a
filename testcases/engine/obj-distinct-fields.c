/* Field paths on different bases are different objects: only the buffer
 * whose page was not made accessible is reported. */
#include "kernel.h"

int submit_two(struct bio *bio, struct buffer_head *bh, struct buffer_head *other)
{
	get_page(bh->b_page);
	get_page(other->b_page);
	if (arch_make_page_accessible(bh->b_page)) {
		put_page(bh->b_page);
		put_page(other->b_page);
		return -EIO;
	}
	bio_add_page(bio, bh->b_page, bh->b_size, 0);
	bio_add_page(bio, other->b_page, other->b_size, 0); // expect: missing-accessible(submit_two)
	return 0;
}
