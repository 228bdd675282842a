/* path-flag-word.c with the ready bit also set on a path that never made
 * the object accessible (the zero-copy branch sets it too), as a flag word
 * of Linux 6.1 mm/gup.c (flags & FOLL_PIN in follow_page_pte()) would be
 * misused: that path reaches the I/O marked. */
// limit(cocci): no value tracking: it reports the path without the accessible call whatever the flag says, on a different line of reasoning
#include "engine.h"

#define T_PIN		0x40
#define T_ZEROCOPY	0x80
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
	} else if (flags & T_ZEROCOPY) {
		state |= ST_READY;
	}
	if (state & ST_READY)
		t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(send_if_ready)
	return state & ST_DIRTY;
}
