/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux 6.12 on s390: the few kernel shapes the s390 cases use, with 6.12's
 * signatures (arch/s390/include/asm/page.h, pgtable.h; mm.h, bio.h).  Only
 * what differs on s390 is tested here; the generic 6.12 API is the
 * generic set's.
 */
#ifndef PAGEAUDIT_TEST_S390_612_H
#define PAGEAUDIT_TEST_S390_612_H

#include <stdbool.h>

#define EIO 5
#define PAGE_SHIFT 12
#define PAGE_SIZE 4096UL

struct page { unsigned long flags; };
struct folio { struct page page; };
struct bio;

/* mm.h: folio references, inline */
static inline void folio_get(struct folio *folio) { folio->page.flags++; }
static inline void folio_put(struct folio *folio) { folio->page.flags--; }
static inline void get_page(struct page *page) { page->flags++; }
void submit_bio(struct bio *bio);
void __bio_add_page(struct bio *bio, struct page *page, unsigned int len, unsigned int off);
bool bio_add_folio(struct bio *bio, struct folio *folio, unsigned long len, unsigned long off);

/* asm/page.h: arch/s390/kernel/uv.c implements it */
int arch_make_folio_accessible(struct folio *folio);
#define HAVE_ARCH_MAKE_FOLIO_ACCESSIBLE

/* asm/page.h: __pa() is an inline function of the identity mapping's and
 * the kernel image's offsets, virt_to_pfn() an inline function on it */
extern unsigned long __kaslr_offset, __kaslr_offset_phys;
extern struct { unsigned long identity_base; } vm_layout;
#define __identity_base vm_layout.identity_base
static inline unsigned long __pa_nodebug(unsigned long x)
{
	if (x < __kaslr_offset)
		return x - __identity_base;
	return x - __kaslr_offset + __kaslr_offset_phys;
}
static inline unsigned long __phys_addr(unsigned long x, bool is_31bit)
{
	return __pa_nodebug(x);
}
#define __pa(x)			__phys_addr((unsigned long)(x), false)
#define phys_to_pfn(phys)	((phys) >> PAGE_SHIFT)
static inline unsigned long virt_to_pfn(const void *kaddr)
{
	return phys_to_pfn(__pa(kaddr));
}
extern struct page *vmemmap;
#define pfn_to_page(pfn)	(vmemmap + (pfn))
#define virt_to_page(kaddr)	pfn_to_page(virt_to_pfn(kaddr))

/* asm/pgtable.h: empty_zero_page holds the zero pages' address */
extern unsigned long empty_zero_page;
extern unsigned long zero_page_mask;
#define ZERO_PAGE(vaddr) \
	(virt_to_page((void *)(empty_zero_page + \
	 (((unsigned long)(vaddr)) &zero_page_mask))))

#endif
