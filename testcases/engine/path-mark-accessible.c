/* t_mark_accessible() marks and makes the object accessible in one call
 * (set_page_writeback() in 6.1): the object is READY, so a second marker
 * on it needs no accessible call of its own and the I/O is clean; after
 * this code releases the object, I/O on it is io-after-release. */
#include "engine.h"

void write_marked(struct t_req *req, struct obj *obj)
{
	t_mark_accessible(obj);
	t_mark(obj);
	t_io(req, obj, T_SIZE, 0);
	t_submit(req);
}

void write_after_release(struct t_req *req, struct obj *obj)
{
	t_mark_accessible(obj);
	t_release(obj);
	t_io(req, obj, T_SIZE, 0); // expect: io-after-release(write_after_release)
}
