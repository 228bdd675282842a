/* A helper with two object parameters does I/O on the first only: the
 * caller's ready object goes there, its merely marked object does not
 * reach I/O. */
#include "engine.h"

static void add_data_note_meta(struct t_req *req, struct obj *data, struct obj *meta)
{
	t_io(req, data, T_SIZE, 0);
	t_lock(meta);
}

int send_data(struct t_req *req, struct obj *data, struct obj *meta)
{
	t_mark(data);
	t_mark(meta);
	if (t_make_obj_accessible(data)) {
		t_release(data);
		t_release(meta);
		return -EIO;
	}
	add_data_note_meta(req, data, meta);
	return 0;
}
