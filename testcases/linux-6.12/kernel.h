/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel API the Linux 6.12 testcases use, with 6.12's signatures and
 * shapes (Debian's linux-source-6.12): a static inline in 6.12 is a static
 * inline here, a macro is a macro with the same expansion, a function is an
 * extern declaration.  Bodies are minimal; what matters is what the compiler
 * sees at the call.  What differs from ../linux-6.1/kernel.h: no
 * arch_make_page_accessible(); folio lookups return ERR_PTR; gup without
 * vmas; iov_iter_extract_pages(); memfd_pin_folios(); skb fragments hold a
 * netmem_ref; bvec_set_page(), sg_set_folio(), bio_add_folio_nofail(),
 * bio_add_hw_page()/bio_add_hw_folio().
 */
#ifndef PAGEAUDIT_TEST_KERNEL_H
#define PAGEAUDIT_TEST_KERNEL_H

#include <stddef.h>
#include <stdbool.h>

#define ENOENT 2
#define EIO 5
#define EAGAIN 11
#define ENOMEM 12
#define EFAULT 14
#define EBUSY 16
#define EINVAL 22
#define EMSGSIZE 90
#define MAX_ERRNO 4095
#define PAGE_SIZE 4096UL
#define PAGE_SHIFT 12
#define FOLL_WRITE 0x01
#define FOLL_LONGTERM 0x100
#define GFP_KERNEL 0
#define DMA_TO_DEVICE 1
#define DMA_FROM_DEVICE 2
#define MAX_SKB_FRAGS 17
#define unlikely(x) __builtin_expect(!!(x), 0)
#define likely(x) __builtin_expect(!!(x), 1)
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define min_t(type, x, y)	((type)(x) < (type)(y) ? (type)(x) : (type)(y))

typedef unsigned long pgoff_t;
typedef long long loff_t;
typedef unsigned long long dma_addr_t;
typedef long ssize_t;
typedef unsigned int gfp_t;
typedef unsigned int fgf_t;
typedef unsigned int iov_iter_extraction_t;

struct page {
	unsigned long flags;
	unsigned long compound_head;
	int _refcount;
};
struct folio {
	union {
		struct {
			unsigned long flags;
			unsigned long _head;
		};
		struct page page;
	};
	int _pincount;
};
struct address_space;
struct request_queue;
struct device;
struct vm_area_struct;
struct mm_struct;
struct file;

/* err.h */
static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline bool IS_ERR(const void *ptr)
{
	return unlikely((unsigned long)ptr >= (unsigned long)-MAX_ERRNO);
}
static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return unlikely(!ptr) || IS_ERR(ptr);
}

/* page-flags.h: folios and compound pages */
static inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = page->compound_head;

	if (head & 1)
		return head - 1;
	return (unsigned long)page;
}
#define compound_head(page)	((typeof(page))_compound_head(page))
#define page_folio(p)		(_Generic((p),				\
	const struct page *:	(const struct folio *)_compound_head(p), \
	struct page *:		(struct folio *)_compound_head(p)))
#define nth_page(page, n)	((page) + (n))
#define folio_page(folio, n)	nth_page(&(folio)->page, n)

/* page_ref.h */
static inline void page_ref_inc(struct page *page) { page->_refcount++; }
static inline void page_ref_add(struct page *page, int nr) { page->_refcount += nr; }
static inline void page_ref_dec(struct page *page) { page->_refcount--; }
static inline void page_ref_sub(struct page *page, int nr) { page->_refcount -= nr; }
static inline int page_ref_inc_return(struct page *page) { return ++page->_refcount; }
static inline bool page_ref_add_unless(struct page *page, int nr, int u)
{
	if (page->_refcount == u)
		return false;
	page->_refcount += nr;
	return true;
}
static inline void folio_ref_inc(struct folio *folio) { page_ref_inc(&folio->page); }
static inline void folio_ref_add(struct folio *folio, int nr) { page_ref_add(&folio->page, nr); }
static inline void folio_ref_dec(struct folio *folio) { page_ref_dec(&folio->page); }
static inline void folio_ref_sub(struct folio *folio, int nr) { page_ref_sub(&folio->page, nr); }
static inline int folio_ref_inc_return(struct folio *folio) { return page_ref_inc_return(&folio->page); }
static inline bool folio_ref_add_unless(struct folio *folio, int nr, int u)
{
	return page_ref_add_unless(&folio->page, nr, u);
}
static inline bool folio_try_get(struct folio *folio) { return folio_ref_add_unless(folio, 1, 0); }
static inline bool folio_ref_try_add(struct folio *folio, int count)
{
	return folio_ref_add_unless(folio, count, 0);
}

/* mm.h */
static inline void folio_get(struct folio *folio) { folio_ref_inc(folio); }
static inline void get_page(struct page *page) { folio_get(page_folio(page)); }
static inline __attribute__((warn_unused_result)) bool try_get_page(struct page *page)
{
	page = compound_head(page);
	if (page->_refcount <= 0)
		return false;
	page_ref_inc(page);
	return true;
}
void __folio_put(struct folio *folio);
static inline void folio_put(struct folio *folio)
{
	if (--folio->page._refcount == 0)
		__folio_put(folio);
}
static inline void folio_put_refs(struct folio *folio, int refs) { folio->page._refcount -= refs; }
static inline void put_page(struct page *page) { folio_put(page_folio(page)); }
void unpin_user_page(struct page *page);
void unpin_folio(struct folio *folio);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages, bool make_dirty);
void unpin_user_page_range_dirty_lock(struct page *page, unsigned long npages, bool make_dirty);
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_user_folio(struct folio *folio, unsigned long npages);
void unpin_folios(struct folio **folios, unsigned long nfolios);
void release_pages(struct page **pages, int nr);

/* mm.h: no arch_make_page_accessible() in 6.12 */
static inline int arch_make_folio_accessible(struct folio *folio) { return 0; }

long get_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long pin_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
		    struct page **pages, unsigned int gup_flags);
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
		    struct page **pages, unsigned int gup_flags);
long memfd_pin_folios(struct file *memfd, loff_t start, loff_t end,
		      struct folio **folios, unsigned int max_folios,
		      pgoff_t *offset);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
void folio_add_pin(struct folio *folio);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);

void *kmap_local_page(struct page *page);
void kunmap_local_addr(void *addr);
#define kunmap_local(addr) kunmap_local_addr(addr)
void *kmalloc(size_t size, int flags);
void kfree(const void *p);
void kvfree(const void *addr);
void *memcpy(void *d, const void *s, size_t n);
struct page *alloc_page(int gfp);
void __free_page(struct page *page);
void folio_lock(struct folio *folio);
void folio_unlock(struct folio *folio);
static inline long folio_nr_pages(struct folio *folio) { return 1; }

/* page-flags.h: Writeback (TESTSCFLAG makes static inlines) */
static inline bool folio_test_set_writeback(struct folio *folio)
{
	bool old = folio->flags & 8;

	folio->flags |= 8;
	return old;
}
static inline int TestSetPageWriteback(struct page *page)
{
	return folio_test_set_writeback(page_folio(page));
}
void __folio_start_writeback(struct folio *folio, bool keep_write);
void set_page_writeback(struct page *page);
#define folio_start_writeback(folio)			\
	__folio_start_writeback(folio, false)
#define folio_start_writeback_keepwrite(folio)	\
	__folio_start_writeback(folio, true)

/* pagemap.h: ERR_PTR from the folio lookups, NULL from the page ones */
#define FGP_ACCESSED	((fgf_t)0x00000001)
#define FGP_LOCK	((fgf_t)0x00000002)
#define FGP_CREAT	((fgf_t)0x00000004)
#define FGP_WRITE	((fgf_t)0x00000008)
#define FGP_NOFS	((fgf_t)0x00000010)
#define FGP_NOWAIT	((fgf_t)0x00000020)
gfp_t mapping_gfp_mask(struct address_space *mapping);
struct folio *__filemap_get_folio(struct address_space *mapping, pgoff_t index,
		fgf_t fgp_flags, gfp_t gfp);
struct page *pagecache_get_page(struct address_space *mapping, pgoff_t index,
		fgf_t fgp_flags, gfp_t gfp);
static inline struct folio *filemap_get_folio(struct address_space *mapping,
					pgoff_t index)
{
	return __filemap_get_folio(mapping, index, 0, 0);
}
static inline struct folio *filemap_lock_folio(struct address_space *mapping,
					pgoff_t index)
{
	return __filemap_get_folio(mapping, index, FGP_LOCK, 0);
}
static inline struct folio *filemap_grab_folio(struct address_space *mapping,
					pgoff_t index)
{
	return __filemap_get_folio(mapping, index,
			FGP_LOCK | FGP_ACCESSED | FGP_CREAT,
			mapping_gfp_mask(mapping));
}
static inline struct page *find_get_page(struct address_space *mapping,
					pgoff_t offset)
{
	return pagecache_get_page(mapping, offset, 0, 0);
}
static inline struct page *find_lock_page(struct address_space *mapping,
					pgoff_t index)
{
	return pagecache_get_page(mapping, index, FGP_LOCK, 0);
}
struct page *grab_cache_page_write_begin(struct address_space *mapping, pgoff_t index);
void end_page_writeback(struct page *page);
void folio_end_writeback(struct folio *folio);
static inline struct page *folio_file_page(struct folio *folio, pgoff_t index)
{
	return folio_page(folio, index & (folio_nr_pages(folio) - 1));
}
static inline void folio_attach_private(struct folio *folio, void *data)
{
	folio_get(folio);
	folio->flags |= 1;
}
int filemap_add_folio(struct address_space *mapping, struct folio *folio,
		pgoff_t index, gfp_t gfp);

/* mm/swap.h: 0 on success, the swap cache's own references taken */
typedef struct { unsigned long val; } swp_entry_t;
int add_to_swap_cache(struct folio *folio, swp_entry_t entry, gfp_t gfp, void **shadowp);

/* uio.h */
enum iter_type { ITER_UBUF, ITER_IOVEC, ITER_BVEC, ITER_KVEC, ITER_FOLIOQ, ITER_XARRAY, ITER_DISCARD };
struct iov_iter { unsigned char iter_type; size_t count; };
static inline bool user_backed_iter(const struct iov_iter *i)
{
	return i->iter_type == ITER_UBUF || i->iter_type == ITER_IOVEC;
}
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			size_t maxsize, unsigned maxpages, size_t *start);
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
			size_t maxsize, size_t *start);
#define ITER_ALLOW_P2PDMA	((iov_iter_extraction_t)0x01)
ssize_t iov_iter_extract_pages(struct iov_iter *i, struct page ***pages,
			       size_t maxsize, unsigned int maxpages,
			       iov_iter_extraction_t extraction_flags,
			       size_t *offset0);
static inline bool iov_iter_extract_will_pin(const struct iov_iter *iter)
{
	return user_backed_iter(iter);
}
void iov_iter_revert(struct iov_iter *i, size_t bytes);

/* bvec.h */
struct bio_vec {
	struct page	*bv_page;
	unsigned int	bv_len;
	unsigned int	bv_offset;
};
static inline void bvec_set_page(struct bio_vec *bv, struct page *page,
		unsigned int len, unsigned int offset)
{
	bv->bv_page = page;
	bv->bv_len = len;
	bv->bv_offset = offset;
}
static inline void bvec_set_folio(struct bio_vec *bv, struct folio *folio,
		size_t len, size_t offset)
{
	unsigned long nr = offset / PAGE_SIZE;

	bvec_set_page(bv, folio_page(folio, nr), len, offset % PAGE_SIZE);
}

/* bio.h, block/blk.h */
struct bio { unsigned short bi_vcnt; struct bio_vec *bi_io_vec; };
int bio_add_page(struct bio *bio, struct page *page, unsigned len, unsigned off);
bool bio_add_folio(struct bio *bio, struct folio *folio, size_t len, size_t off);
int bio_add_pc_page(struct request_queue *q, struct bio *bio, struct page *page,
		unsigned int len, unsigned int offset);
int bio_add_zone_append_page(struct bio *bio, struct page *page,
			     unsigned int len, unsigned int offset);
void __bio_add_page(struct bio *bio, struct page *page,
		unsigned int len, unsigned int off);
void bio_add_folio_nofail(struct bio *bio, struct folio *folio, size_t len,
			  size_t off);
int bio_add_hw_page(struct request_queue *q, struct bio *bio,
		struct page *page, unsigned int len, unsigned int offset,
		unsigned int max_sectors, bool *same_page);
int bio_add_hw_folio(struct request_queue *q, struct bio *bio,
		struct folio *folio, size_t len, size_t offset,
		unsigned int max_sectors, bool *same_page);
void submit_bio(struct bio *bio);
int submit_bio_wait(struct bio *bio);

/* dma-mapping.h */
dma_addr_t dma_map_page_attrs(struct device *dev, struct page *page, size_t offset,
		size_t size, int dir, unsigned long attrs);
#define dma_map_page(d, p, o, s, r) dma_map_page_attrs(d, p, o, s, r, 0)
struct scatterlist { unsigned long page_link; unsigned int offset, length; };
struct sg_table { struct scatterlist *sgl; unsigned int nents, orig_nents; };
unsigned int dma_map_sg_attrs(struct device *dev, struct scatterlist *sg,
		int nents, int dir, unsigned long attrs);
#define dma_map_sg(d, s, n, r) dma_map_sg_attrs(d, s, n, r, 0)
int dma_map_sgtable(struct device *dev, struct sg_table *sgt, int dir, unsigned long attrs);
int dma_mapping_error(struct device *dev, dma_addr_t addr);

/* scatterlist.h */
#define SG_CHAIN	0x01UL
#define SG_END		0x02UL
static inline void sg_assign_page(struct scatterlist *sg, struct page *page)
{
	unsigned long page_link = sg->page_link & (SG_CHAIN | SG_END);

	sg->page_link = page_link | (unsigned long) page;
}
static inline void sg_set_page(struct scatterlist *sg, struct page *page,
			       unsigned int len, unsigned int offset)
{
	sg_assign_page(sg, page);
	sg->offset = offset;
	sg->length = len;
}
static inline void sg_set_folio(struct scatterlist *sg, struct folio *folio,
			       size_t len, size_t offset)
{
	sg_assign_page(sg, &folio->page);
	sg->offset = offset;
	sg->length = len;
}

/* net/netmem.h */
typedef unsigned long netmem_ref;
static inline netmem_ref page_to_netmem(struct page *page)
{
	return (netmem_ref)page;
}
static inline struct page *netmem_to_page(netmem_ref netmem)
{
	return (struct page *)netmem;
}

/* skbuff.h: fragments hold a netmem_ref */
typedef struct skb_frag {
	netmem_ref netmem;
	unsigned int len;
	unsigned int offset;
} skb_frag_t;
struct sk_buff { unsigned int len; };
struct skb_shared_info {
	unsigned char nr_frags;
	skb_frag_t frags[MAX_SKB_FRAGS];
};
struct sk_buff_data { struct sk_buff skb; struct skb_shared_info shinfo; };
#define skb_shinfo(SKB)	(&((struct sk_buff_data *)(SKB))->shinfo)
static inline void skb_frag_fill_netmem_desc(skb_frag_t *frag,
					     netmem_ref netmem, int off,
					     int size)
{
	frag->netmem = netmem;
	frag->offset = off;
	frag->len = size;
}
static inline void skb_frag_fill_page_desc(skb_frag_t *frag,
					   struct page *page,
					   int off, int size)
{
	skb_frag_fill_netmem_desc(frag, page_to_netmem(page), off, size);
}
static inline void __skb_fill_netmem_desc_noacc(struct skb_shared_info *shinfo,
						int i, netmem_ref netmem,
						int off, int size)
{
	skb_frag_t *frag = &shinfo->frags[i];

	skb_frag_fill_netmem_desc(frag, netmem, off, size);
}
static inline void __skb_fill_page_desc_noacc(struct skb_shared_info *shinfo,
					      int i, struct page *page,
					      int off, int size)
{
	skb_frag_t *frag = &shinfo->frags[i];

	skb_frag_fill_page_desc(frag, page, off, size);
}
static inline void __skb_fill_netmem_desc(struct sk_buff *skb, int i,
					  netmem_ref netmem, int off, int size)
{
	__skb_fill_netmem_desc_noacc(skb_shinfo(skb), i, netmem, off, size);
}
static inline void __skb_fill_page_desc(struct sk_buff *skb, int i,
					struct page *page, int off, int size)
{
	__skb_fill_netmem_desc(skb, i, page_to_netmem(page), off, size);
}
static inline void skb_fill_netmem_desc(struct sk_buff *skb, int i,
					netmem_ref netmem, int off, int size)
{
	__skb_fill_netmem_desc(skb, i, netmem, off, size);
	skb_shinfo(skb)->nr_frags = i + 1;
}
static inline void skb_fill_page_desc(struct sk_buff *skb, int i,
				      struct page *page, int off, int size)
{
	skb_fill_netmem_desc(skb, i, page_to_netmem(page), off, size);
}
static inline void skb_fill_page_desc_noacc(struct sk_buff *skb, int i,
					    struct page *page, int off,
					    int size)
{
	struct skb_shared_info *shinfo = skb_shinfo(skb);

	__skb_fill_page_desc_noacc(shinfo, i, page, off, size);
	shinfo->nr_frags = i + 1;
}
void skb_add_rx_frag_netmem(struct sk_buff *skb, int i, netmem_ref netmem,
			    int off, int size, unsigned int truesize);
static inline void skb_add_rx_frag(struct sk_buff *skb, int i,
				   struct page *page, int off, int size,
				   unsigned int truesize)
{
	skb_add_rx_frag_netmem(skb, i, page_to_netmem(page), off, size,
			       truesize);
}

/* pipe_fs_i.h, splice.h */
struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
	const void *ops;
	unsigned int flags;
	unsigned long private;
};
struct pipe_inode_info { unsigned int head; struct pipe_buffer *bufs; };
ssize_t add_to_pipe(struct pipe_inode_info *pipe, struct pipe_buffer *buf);

/* x86 memory map (SPARSEMEM_VMEMMAP): ZERO_PAGE() and pfn_to_page() */
extern unsigned long empty_zero_page[512];
extern unsigned long vmemmap_base;
static inline unsigned long __phys_addr_nodebug(unsigned long x)
{
	return x - 0xffffffff80000000UL;
}
#define __pa(x)			__phys_addr_nodebug((unsigned long)(x))
#define vmemmap			((struct page *)vmemmap_base)
#define pfn_to_page(pfn)	(vmemmap + (pfn))
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> 12)
#define ZERO_PAGE(vaddr)	((void)(vaddr), virt_to_page(empty_zero_page))

#endif
