/* h->obj is a field path: separate loads of it, or a local loaded from
 * it, are one object (fs/buffer.c's bh->b_page shape). */
#include "engine.h"

void submit_bh_page(struct t_req *req, struct t_holder *h)
{
	t_mark(h->obj);
	t_io(req, h->obj, h->size, 0); // expect: missing-accessible(submit_bh_page)
	t_submit(req);
}

void submit_bh_local(struct t_req *req, struct t_holder *h)
{
	struct obj *obj = h->obj;

	t_mark(obj);
	t_io(req, h->obj, h->size, 0); // expect: missing-accessible(submit_bh_local)
	t_submit(req);
}
