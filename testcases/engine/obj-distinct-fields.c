/* Field paths on different bases are different objects: only the holder
 * whose object was not made accessible is reported. */
#include "engine.h"

int submit_two(struct t_req *req, struct t_holder *h, struct t_holder *other)
{
	t_mark(h->obj);
	t_mark(other->obj);
	if (t_make_obj_accessible(h->obj)) {
		t_release(h->obj);
		t_release(other->obj);
		return -EIO;
	}
	t_io(req, h->obj, h->size, 0);
	t_io(req, other->obj, other->size, 0); // expect: missing-accessible(submit_two)
	return 0;
}
