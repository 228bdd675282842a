/* The members of one union are one object: a page stored through the page
 * view and used through the folio view (the `union { struct page *page;
 * struct folio *folio; }` views kernel structs carry; in 6.1 fs/direct-io.c
 * struct dio keeps pages[] in such a union, and submit_page_section() takes
 * get_page() on the page it keeps in sdio->cur_page).  A mark through one
 * member and I/O through the other is reported; made accessible through
 * the other member it is clean. */
// limit(cocci): union members are different expressions to a source matcher; it does not know they share memory
#include "engine.h"

struct t_pv {
	union {
		struct obj *obj;	/* the page view */
		struct obj *head;	/* the folio view */
	};
	unsigned int len;
};

struct t_pv_named {
	union {
		struct obj *obj;
		struct obj *head;
	} v;
	unsigned int len;
};

void pv_submit(struct t_pv *pv, struct obj *obj, struct t_req *req)
{
	t_mark(obj);
	pv->obj = obj;
	t_io(req, pv->head, pv->len, 0); // expect: missing-accessible(pv_submit)
}

void pv_submit_accessible(struct t_pv *pv, struct obj *obj, struct t_req *req)
{
	t_mark(obj);
	pv->obj = obj;
	if (t_make_obj_accessible(pv->head))
		return;
	t_io(req, pv->obj, pv->len, 0);
}

void pv_named_accessible(struct t_pv_named *pv, struct t_req *req)
{
	t_mark(pv->v.obj);
	if (t_make_obj_accessible(pv->v.head))
		return;
	t_io(req, pv->v.obj, pv->len, 0);
}
