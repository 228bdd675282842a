/* folio_add_pin() adds a pin to a folio on which one is already held
 * (mark-nested), without the accessible call: the first pin decides.  A
 * helper that repins a folio it receives is its callers' obligation: clean
 * under pin_user_pages_fast() (FOLL_PIN made it accessible), a gap under
 * memfd_pin_folios() (no accessible call).  After this code dropped its own
 * pin, the repin is a mark again. */
// limit(cocci): the callers' obligation needs the helper's summary, and a mark-nested is a mark only after a release, which the patterns leave as a blocker
#include "kernel.h"

static void repin_and_map(struct scatterlist *sg, struct folio *folio)
{
	folio_add_pin(folio);
	sg_set_folio(sg, folio, PAGE_SIZE, 0);
}

int pinned_map(struct scatterlist *sg, unsigned long addr)
{
	struct page *pages[1];

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	repin_and_map(sg, page_folio(pages[0]));
	return 0;
}

long memfd_map(struct scatterlist *sg, struct file *memfd, struct folio **folios,
	       pgoff_t *offset)
{
	long n = memfd_pin_folios(memfd, 0, PAGE_SIZE, folios, 1, offset);

	if (n > 0)
		repin_and_map(sg, folios[0]); // expect: missing-accessible(memfd_map)
	return n;
}

int repin_checked(struct scatterlist *sg, struct folio *folio)
{
	folio_add_pin(folio);
	if (arch_make_folio_accessible(folio)) {
		unpin_folio(folio);
		return -EIO;
	}
	sg_set_folio(sg, folio, PAGE_SIZE, 0);
	return 0;
}

/* the repin's own unpin leaves the caller's pin */
void repin_unpin_io(struct bio *bio, struct folio *folio)
{
	folio_add_pin(folio);
	unpin_folio(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, 0);
}

/* this code's own pin dropped, then a repin: a mark again */
long memfd_unpin_repin(struct bio *bio, struct file *memfd, loff_t start, loff_t end)
{
	struct folio *folio;
	pgoff_t offset;
	long n;

	n = memfd_pin_folios(memfd, start, end, &folio, 1, &offset);
	if (n <= 0)
		return n;
	if (arch_make_folio_accessible(folio)) {
		unpin_folio(folio);
		return -EIO;
	}
	unpin_folio(folio);
	folio_add_pin(folio);
	bio_add_folio_nofail(bio, folio, PAGE_SIZE, offset); // expect: missing-accessible(memfd_unpin_repin)
	return n;
}
