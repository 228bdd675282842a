/* The pointer is kept as an unsigned long (like sg->page_link) and cast
 * back: casts through integers keep the object. */
#include "engine.h"

int queue_tagged(struct t_req *req, struct obj *obj)
{
	unsigned long link;
	struct obj *p;

	t_mark(obj);
	link = (unsigned long)obj;
	p = (struct obj *)link;
	return t_io(req, p, T_SIZE, 0); // expect: missing-accessible(queue_tagged)
}
