/* All elements of an array are one object: marks taken on objs[i] in a
 * loop, then *objs goes to I/O. */
#include "engine.h"

void add_first(struct t_req *req, struct obj **objs, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		t_mark(objs[i]);
	t_io(req, *objs, T_SIZE, 0); // expect: missing-accessible(add_first)
}
