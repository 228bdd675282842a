/* Every path makes the page accessible after the mark, in different forms
 * (page, folio, a checking helper): no finding at the common I/O. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

static int make_ready(struct page *page)
{
	return arch_make_page_accessible(page) ? -EIO : 0;
}

int add_any(struct bio *bio, struct page *page, int how)
{
	int ret;

	get_page(page);
	if (how == 0)
		ret = arch_make_page_accessible(page);
	else if (how == 1)
		ret = arch_make_folio_accessible(page_folio(page));
	else
		ret = make_ready(page);
	if (ret) {
		put_page(page);
		return ret;
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return 0;
}
