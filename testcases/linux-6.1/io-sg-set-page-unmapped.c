/* af_alg_sendpage() (crypto/af_alg.c, 6.1) takes a reference on the page
 * and puts it into the socket's scatterlist with sg_set_page(); the list
 * is mapped later by the crypto driver, outside this function.  A list
 * that leaves the function unmapped keeps the store as the point checked:
 * a page made accessible only after sg_set_page() is reported there. */
#include "kernel.h"

struct alg_sgl { struct scatterlist sg[16]; unsigned int cur; };

int alg_sendpage(struct alg_sgl *sgl, struct page *page, int offset, int size)
{
	int err;

	get_page(page);
	sg_set_page(sgl->sg + sgl->cur, page, size, offset); // expect: missing-accessible(alg_sendpage)
	err = arch_make_page_accessible(page);
	if (err) {
		put_page(page);
		return err;
	}
	sgl->cur++;
	return size;
}
