/* Marked through the local, made accessible through the field it was
 * stored in, sent through the local: one object, ready. */
#include "engine.h"

struct dio_state {
	struct obj *cur_page;
	struct t_req *req;
};

int dio_prepare(struct dio_state *s, struct obj *obj)
{
	int ret;

	t_mark(obj);
	s->cur_page = obj;
	ret = t_make_obj_accessible(s->cur_page);
	if (ret) {
		s->cur_page = NULL;
		t_release(obj);
		return ret;
	}
	return t_io(s->req, obj, T_SIZE, 0);
}
