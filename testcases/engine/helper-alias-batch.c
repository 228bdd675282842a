/* A helper stores the object it was given into a batch the caller owns
 * (folio_batch_add in mm/filemap.c): the batch's elements and the object
 * are one object for the caller, so the marker taken before the call
 * reaches the I/O on the batch's element after it. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

struct batch { unsigned int nr; struct obj *objs[16]; };

static void batch_add(struct batch *b, struct obj *obj)
{
	b->objs[b->nr++] = obj;
}

int send_batch(struct batch *b, struct obj *obj, struct t_req *req)
{
	t_mark(obj);
	batch_add(b, obj);
	return t_io(req, b->objs[0], T_SIZE, 0); // expect: missing-accessible(send_batch)
}
