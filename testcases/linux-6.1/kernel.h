/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel API the testcases use, with Linux 6.1's signatures and shapes:
 * a static inline in 6.1 is a static inline here, a macro is a macro with the
 * same expansion, a function is an extern declaration.  Bodies are minimal;
 * what matters is what the compiler sees at the call.
 */
#ifndef PAGEAUDIT_TEST_KERNEL_H
#define PAGEAUDIT_TEST_KERNEL_H

#include <stddef.h>
#include <stdbool.h>

#define EFAULT 14
#define ENOMEM 12
#define EIO 5
#define EAGAIN 11
#define PAGE_SIZE 4096UL
#define FOLL_WRITE 0x01
#define FOLL_LONGTERM 0x100
#define GFP_KERNEL 0
#define DMA_TO_DEVICE 1
#define DMA_FROM_DEVICE 2
#define unlikely(x) __builtin_expect(!!(x), 0)
#define likely(x) __builtin_expect(!!(x), 1)

typedef unsigned long pgoff_t;
typedef unsigned long long dma_addr_t;
typedef long ssize_t;

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
};
struct address_space;
struct request_queue;
struct device;
struct vm_area_struct;
struct mm_struct;
struct bio { int bi_vcnt; };
struct scatterlist { unsigned long page_link; unsigned int offset, length; };
struct sg_table { struct scatterlist *sgl; unsigned int nents, orig_nents; };
struct sk_buff { unsigned int len; };
typedef struct { struct page *bv_page; unsigned int bv_len, bv_offset; } skb_frag_t;
struct iov_iter { size_t count; };
struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
	const void *ops;
	unsigned int flags;
};
struct pipe_inode_info { unsigned int head; struct pipe_buffer *bufs; };
struct buffer_head { struct page *b_page; size_t b_size; };

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
static inline void folio_ref_inc(struct folio *folio) { page_ref_inc(&folio->page); }
static inline void folio_ref_add(struct folio *folio, int nr) { page_ref_add(&folio->page, nr); }
static inline void folio_ref_dec(struct folio *folio) { page_ref_dec(&folio->page); }
static inline void folio_ref_sub(struct folio *folio, int nr) { page_ref_sub(&folio->page, nr); }
static inline bool folio_try_get(struct folio *folio) { return folio->page._refcount++ > 0; }
static inline bool folio_try_get_rcu(struct folio *folio) { return folio_try_get(folio); }

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
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages, bool make_dirty);
void release_pages(struct page **pages, int nr);

#ifndef HAVE_ARCH_MAKE_PAGE_ACCESSIBLE	/* mm.h: an architecture may have its own */
static inline int arch_make_page_accessible(struct page *page) { return 0; }
#endif
static inline int arch_make_folio_accessible(struct folio *folio)
{
	return arch_make_page_accessible(folio_page(folio, 0));
}

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
long get_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
long pin_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
/* vfio.h: pins through the IOMMU driver's pin_user_pages_remote() */
struct vfio_device;
int vfio_pin_pages(struct vfio_device *device, dma_addr_t iova, int npage, int prot, struct page **pages);
void vfio_unpin_pages(struct vfio_device *device, dma_addr_t iova, int npage);

void *kmap_local_page(struct page *page);
void kunmap_local_addr(void *addr);
#define kunmap_local(addr) kunmap_local_addr(addr)
void *kmalloc(size_t size, int flags);
void kfree(const void *p);
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
struct page *alloc_page(int gfp);
void __free_page(struct page *page);
void lock_page(struct page *page);
void unlock_page(struct page *page);
void folio_lock(struct folio *folio);
void folio_unlock(struct folio *folio);

/* page-flags.h: Writeback */
bool folio_test_set_writeback(struct folio *folio);
bool TestSetPageWriteback(struct page *page);
bool __folio_start_writeback(struct folio *folio, bool keep_write);
bool set_page_writeback(struct page *page);
#define folio_start_writeback(folio)		__folio_start_writeback(folio, false)
#define folio_start_writeback_keepwrite(folio)	__folio_start_writeback(folio, true)
static inline void set_page_writeback_keepwrite(struct page *page)
{
	folio_start_writeback_keepwrite(page_folio(page));
}
static inline bool test_set_page_writeback(struct page *page)
{
	return set_page_writeback(page);
}

/* pagemap.h */
struct page *pagecache_get_page(struct address_space *mapping, pgoff_t index,
				int fgp_flags, int gfp);
struct folio *__filemap_get_folio(struct address_space *mapping, pgoff_t index,
				  int fgp_flags, int gfp);
static inline struct page *find_get_page(struct address_space *mapping, pgoff_t offset)
{
	return pagecache_get_page(mapping, offset, 0, 0);
}
static inline struct page *find_lock_page(struct address_space *mapping, pgoff_t index)
{
	return pagecache_get_page(mapping, index, 1, 0);
}
static inline struct folio *filemap_get_folio(struct address_space *mapping, pgoff_t index)
{
	return __filemap_get_folio(mapping, index, 0, 0);
}
static inline struct folio *filemap_lock_folio(struct address_space *mapping, pgoff_t index)
{
	return __filemap_get_folio(mapping, index, 1, 0);
}
struct page *grab_cache_page_write_begin(struct address_space *mapping, pgoff_t index);
void end_page_writeback(struct page *page);
void folio_end_writeback(struct folio *folio);

/* uio.h */
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned maxpages, size_t *start);
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
				  size_t maxsize, size_t *start);

/* bio.h, blk */
int bio_add_page(struct bio *bio, struct page *page, unsigned len, unsigned off);
void __bio_add_page(struct bio *bio, struct page *page, unsigned int len, unsigned int off);
bool bio_add_folio(struct bio *bio, struct folio *folio, size_t len, size_t off);
int bio_add_pc_page(struct request_queue *q, struct bio *bio, struct page *page,
		    unsigned int len, unsigned int offset);
int bio_add_zone_append_page(struct bio *bio, struct page *page,
			     unsigned int len, unsigned int offset);
void submit_bio(struct bio *bio);
struct bio *bio_alloc(int nr_vecs);
void bio_put(struct bio *bio);
int submit_bio_wait(struct bio *bio);

/* dma-mapping.h */
dma_addr_t dma_map_page_attrs(struct device *dev, struct page *page, size_t offset,
			      size_t size, int dir, unsigned long attrs);
#define dma_map_page(d, p, o, s, r) dma_map_page_attrs(d, p, o, s, r, 0)
unsigned int dma_map_sg_attrs(struct device *dev, struct scatterlist *sg, int nents,
			      int dir, unsigned long attrs);
#define dma_map_sg(d, s, n, r) dma_map_sg_attrs(d, s, n, r, 0)
int dma_map_sgtable(struct device *dev, struct sg_table *sgt, int dir, unsigned long attrs);
int dma_mapping_error(struct device *dev, dma_addr_t addr);

/* scatterlist.h */
static inline void sg_set_page(struct scatterlist *sg, struct page *page,
			       unsigned int len, unsigned int offset)
{
	sg->page_link = (unsigned long)page;
	sg->offset = offset;
	sg->length = len;
}

static inline void sg_assign_page(struct scatterlist *sg, struct page *page)
{
	unsigned long page_link = sg->page_link & 3UL;

	sg->page_link = page_link | (unsigned long)page;
}

/* skbuff.h */
static inline void __skb_fill_page_desc(struct sk_buff *skb, int i, struct page *page,
					int off, int size)
{
	skb->len += size;
}
static inline void skb_fill_page_desc(struct sk_buff *skb, int i, struct page *page,
				      int off, int size)
{
	__skb_fill_page_desc(skb, i, page, off, size);
}
static inline void skb_fill_page_desc_noacc(struct sk_buff *skb, int i, struct page *page,
					    int off, int size)
{
	skb->len += size;
}
void skb_add_rx_frag(struct sk_buff *skb, int i, struct page *page, int off,
		     int size, unsigned int truesize);
static inline void __skb_frag_set_page(skb_frag_t *frag, struct page *page)
{
	frag->bv_page = page;
}

/* ---- more of 6.1's API, for the corpus (same conventions as above) ---- */
#define ENOENT 2
#define EBUSY 16
#define EINVAL 22
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define min_t(type, x, y)	((type)(x) < (type)(y) ? (type)(x) : (type)(y))
#define MAX_SKB_FRAGS 17

/* pagemap.h: the other page cache lookups */
#define FGP_ACCESSED	0x00000001
#define FGP_LOCK	0x00000002
#define FGP_CREAT	0x00000004
#define FGP_NOFS	0x00000010
#define FGP_NOWAIT	0x00000020
static inline struct page *find_get_page_flags(struct address_space *mapping,
					       pgoff_t offset, int fgp_flags)
{
	return pagecache_get_page(mapping, offset, fgp_flags, 0);
}
static inline struct page *find_or_create_page(struct address_space *mapping,
					       pgoff_t index, int gfp_mask)
{
	return pagecache_get_page(mapping, index,
				  FGP_LOCK|FGP_ACCESSED|FGP_CREAT, gfp_mask);
}
static inline struct page *grab_cache_page_nowait(struct address_space *mapping,
						  pgoff_t index)
{
	return pagecache_get_page(mapping, index,
				  FGP_LOCK|FGP_CREAT|FGP_NOFS|FGP_NOWAIT, 0);
}
static inline long folio_nr_pages(struct folio *folio) { return 1; }
static inline struct page *folio_file_page(struct folio *folio, pgoff_t index)
{
	return folio_page(folio, index & (folio_nr_pages(folio) - 1));
}

/* uio.h, splice */
static inline size_t iov_iter_count(const struct iov_iter *i) { return i->count; }
void iov_iter_revert(struct iov_iter *i, size_t bytes);
ssize_t add_to_pipe(struct pipe_inode_info *pipe, struct pipe_buffer *buf);
void kvfree(const void *addr);

/* skbuff.h: the shared info and the other fragment setters */
struct skb_shared_info {
	unsigned char nr_frags;
	skb_frag_t frags[MAX_SKB_FRAGS];
};
struct sk_buff_data { struct sk_buff skb; struct skb_shared_info shinfo; };
#define skb_shinfo(SKB)	(&((struct sk_buff_data *)(SKB))->shinfo)
static inline void __skb_fill_page_desc_noacc(struct skb_shared_info *shinfo,
					      int i, struct page *page,
					      int off, int size)
{
	skb_frag_t *frag = &shinfo->frags[i];

	frag->bv_page = page;
	frag->bv_offset = off;
	frag->bv_len = size;
}
static inline void skb_frag_set_page(struct sk_buff *skb, int f,
				     struct page *page)
{
	__skb_frag_set_page(&skb_shinfo(skb)->frags[f], page);
}

/* pagemap.h: private data and readahead (6.1) */
struct readahead_control { struct address_space *mapping; unsigned long _index; };
struct page *readahead_page(struct readahead_control *rac);
static inline void folio_attach_private(struct folio *folio, void *data)
{
	folio_get(folio);
	folio->page.flags |= 1;
}
static inline void attach_page_private(struct page *page, void *data)
{
	folio_attach_private(page_folio(page), data);
}

#ifndef ZERO_PAGE	/* an architecture's kernel.h may have defined its own */
/* x86 memory map (6.1, SPARSEMEM_VMEMMAP): ZERO_PAGE() and pfn_to_page() */
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
#endif
