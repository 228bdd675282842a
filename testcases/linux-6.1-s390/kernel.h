/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux 6.1 on s390: what arch/s390/include/asm defines before the generic
 * headers (../linux-6.1/kernel.h, the rest of the API) see it.
 */
#ifndef PAGEAUDIT_TEST_S390_H
#define PAGEAUDIT_TEST_S390_H

struct page;

/* asm/page.h: arch/s390/kernel/uv.c implements it */
int arch_make_page_accessible(struct page *page);
#define HAVE_ARCH_MAKE_PAGE_ACCESSIBLE

/* asm/page.h, asm/pgtable.h: __pa() is a cast, vmemmap a pointer global,
 * empty_zero_page holds the zero pages' address (it is not the page) */
#define PAGE_SHIFT		12
#define __pa(x)			((unsigned long)(x))
#define phys_to_pfn(phys)	((phys) >> PAGE_SHIFT)
#define pfn_to_phys(pfn)	((pfn) << PAGE_SHIFT)
extern struct page *vmemmap;
#define pfn_to_page(pfn)	(vmemmap + (pfn))
#define page_to_pfn(page)	((unsigned long)((page) - vmemmap))
#define phys_to_page(phys)	pfn_to_page(phys_to_pfn(phys))
#define page_to_phys(page)	pfn_to_phys(page_to_pfn(page))
#define virt_to_pfn(kaddr)	(phys_to_pfn(__pa(kaddr)))
#define virt_to_page(kaddr)	pfn_to_page(virt_to_pfn(kaddr))
extern unsigned long empty_zero_page;
extern unsigned long zero_page_mask;
#define ZERO_PAGE(vaddr) \
	(virt_to_page((void *)(empty_zero_page + \
	 (((unsigned long)(vaddr)) &zero_page_mask))))

#include "../linux-6.1/kernel.h"

/* asm/uv.h: the ultravisor calls behind arch_make_page_accessible() */
int uv_pin_shared(unsigned long paddr);
int uv_convert_from_secure(unsigned long paddr);
int test_bit(long nr, const volatile unsigned long *addr);
void clear_bit(long nr, volatile unsigned long *addr);
#define PG_arch_1 9

#endif
