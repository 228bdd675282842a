/* Two objects: the marked one is made accessible, the other is the
 * caller's; neither I/O is reported. */
#include "engine.h"

int add_pair(struct t_req *req, struct obj *data, struct obj *meta)
{
	int ret;

	t_mark(data);
	ret = t_make_obj_accessible(data);
	if (ret) {
		t_release(data);
		return ret;
	}
	t_io(req, meta, T_SIZE, 0);
	t_io(req, data, T_SIZE, 0);
	return 0;
}
