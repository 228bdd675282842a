/* The small-I/O fast path sends the object and returns early, before the
 * accessible call the slow path makes. */
#include "engine.h"

int add_user_chunk(struct t_req *req, struct obj *obj, unsigned int len)
{
	int ret;

	t_mark(obj);
	if (len <= 512) {
		t_io(req, obj, len, 0); // expect: missing-accessible(add_user_chunk)
		return 0;
	}
	ret = t_make_obj_accessible(obj);
	if (ret) {
		t_release(obj);
		return ret;
	}
	t_io(req, obj, len, 0);
	return 0;
}
