/* helper-accessible-some-exits.c with the unready exit told apart by its
 * result: 1 when the object was not made accessible (follow_page_pte() in
 * Linux 6.1 mm/gup.c makes the page accessible under FOLL_PIN only), and
 * the caller starts I/O only on 0. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

#define T_PIN 0x40

static int grab_obj(struct obj *obj, unsigned int flags)
{
	if (flags & T_PIN)
		return t_make_obj_accessible(obj);
	return 1;
}

int send_grabbed(struct t_req *req, struct obj *obj, unsigned int flags)
{
	t_mark(obj);
	if (grab_obj(obj, flags)) {
		t_release(obj);
		return -EFAULT;
	}
	t_io(req, obj, T_SIZE, 0);
	return 0;
}
