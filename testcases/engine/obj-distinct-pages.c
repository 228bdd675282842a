/* Two pages, two objects: the marked one is made accessible, the other is
 * the caller's; neither I/O is reported. */
#include "kernel.h"

int add_pair(struct bio *bio, struct page *data, struct page *meta)
{
	int ret;

	get_page(data);
	ret = arch_make_page_accessible(data);
	if (ret) {
		put_page(data);
		return ret;
	}
	bio_add_page(bio, meta, PAGE_SIZE, 0);
	bio_add_page(bio, data, PAGE_SIZE, 0);
	return 0;
}
