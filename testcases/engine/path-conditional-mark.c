/* The mark is taken only when the caller does not hand over its own
 * (sendpage shape); on that path the object reaches I/O only marked. */
#include "engine.h"

int sendpage_frag(struct t_req *req, int i, struct obj *obj, int off, int size, bool own)
{
	if (!own)
		t_mark(obj);
	t_io_fill(req, i, obj, off, size); // expect: missing-accessible(sendpage_frag)
	return size;
}
