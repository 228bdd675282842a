/* A state word whose ready bit is set only after a successful accessible
 * call and tested before the I/O (the FOLL_* flag words of Linux 6.1
 * mm/gup.c: follow_page_pte() calls arch_make_page_accessible() under
 * flags & FOLL_PIN, __get_user_pages() builds foll_flags with |=): every
 * path that reaches the I/O made the object accessible. */
// limit(cocci): no value tracking: it cannot tell that the bit is set only where the object was made accessible
#include "engine.h"

#define T_PIN		0x40
#define ST_DIRTY	0x1
#define ST_READY	0x4

int send_if_ready(struct t_req *req, struct obj *obj, unsigned int flags)
{
	unsigned int state = ST_DIRTY;

	t_mark(obj);
	if (flags & T_PIN) {
		if (t_make_obj_accessible(obj)) {
			t_release(obj);
			return -EFAULT;
		}
		state |= ST_READY;
	}
	if (state & ST_READY)
		t_io(req, obj, T_SIZE, 0);
	return state & ST_DIRTY;
}
