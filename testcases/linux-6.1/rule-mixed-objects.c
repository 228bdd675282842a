/* Three pages in one function, three different rules, each at its own I/O
 * line. */
#include "kernel.h"

void send_three(struct bio *bio, struct page *a, struct page *b, struct page *c)
{
	get_page(a);
	get_page(b);
	arch_make_page_accessible(b);
	get_page(c);
	if (arch_make_page_accessible(c))
		return;
	put_page(c);
	bio_add_page(bio, a, PAGE_SIZE, 0); // expect: missing-accessible(send_three)
	bio_add_page(bio, b, PAGE_SIZE, 0); // expect: unchecked-accessible(send_three)
	bio_add_page(bio, c, PAGE_SIZE, 0); // expect: io-after-release(send_three)
}
