/* The helper makes the object accessible only under a flag and returns 0
 * on both paths (follow_page_pte() in Linux 6.1 mm/gup.c calls
 * arch_make_page_accessible() under FOLL_PIN only): the caller's test of
 * its result cannot tell the unready exit. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

#define T_PIN 0x40

static int grab_obj(struct obj *obj, unsigned int flags)
{
	if (flags & T_PIN) {
		int ret = t_make_obj_accessible(obj);

		if (ret)
			return ret;
	}
	return 0;
}

int send_grabbed(struct t_req *req, struct obj *obj, unsigned int flags)
{
	t_mark(obj);
	if (grab_obj(obj, flags)) {
		t_release(obj);
		return -EFAULT;
	}
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(send_grabbed)
	return 0;
}
