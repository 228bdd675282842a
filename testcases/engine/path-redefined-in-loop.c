/* The readahead loop of fs/ext4/readpage.c: each iteration releases the
 * object it read; the next t_next() is a new object in the same variable,
 * so the release of the last one says nothing about it.  I/O on an object
 * this code never marked is the caller's obligation: silent. */
#include "engine.h"

int read_pages(struct t_stream *s, struct t_req *req, unsigned int nr)
{
	struct obj *obj;

	for (; nr; nr--) {
		obj = t_next(s);
		if (t_io(req, obj, T_SIZE, 0) < T_SIZE)
			return -EIO;
		t_release(obj);
	}
	return 0;
}
