/* read_swap_cache_async() in mm/swap_state.c: the helper returns a page it
 * found in the cache (marked by the lookup) with *allocated = false, or a
 * fresh page with *allocated = true; the caller reads only into a fresh
 * page.  The flag correlates with the path: silent.  The second caller
 * reads whatever it got, a marked page included: reported. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "kernel.h"

struct page *get_swap_page(struct address_space *mapping, pgoff_t index, bool *allocated)
{
	struct page *page;

	*allocated = false;
	page = find_get_page(mapping, index);
	if (page)
		return page;
	page = alloc_page(GFP_KERNEL);
	if (!page)
		return NULL;
	*allocated = true;
	return page;
}

struct page *read_swap(struct address_space *mapping, pgoff_t index, struct bio *bio)
{
	bool allocated;
	struct page *page = get_swap_page(mapping, index, &allocated);

	if (allocated)
		bio_add_page(bio, page, PAGE_SIZE, 0);
	return page;
}

struct page *read_swap_always(struct address_space *mapping, pgoff_t index, struct bio *bio)
{
	bool allocated;
	struct page *page = get_swap_page(mapping, index, &allocated);

	if (page)
		bio_add_page(bio, page, PAGE_SIZE, 0); // expect: missing-accessible(read_swap_always)
	return page;
}
