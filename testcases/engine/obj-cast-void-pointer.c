/* The page comes in as a void * cookie: the cast local and the cookie cast
 * again at the call are one object. */
#include "kernel.h"

int submit_cookie(struct bio *bio, void *cookie)
{
	struct page *page = cookie;

	get_page(page);
	return bio_add_page(bio, (struct page *)cookie, PAGE_SIZE, 0); // expect: missing-accessible(submit_cookie)
}
