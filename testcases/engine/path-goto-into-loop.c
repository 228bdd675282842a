/* The readahead loop of fs/ext4/readpage.c (ext4_mpage_readpages): with a
 * stream, each iteration takes the next object and releases it at its end;
 * without one, it works on the object it was given and releases nothing.
 * Every test of `s` is of one value on every path.  The goto back into the
 * body of an if makes a loop with two entries (the label, and the join
 * after the if): irreducible control flow, where an AST front end's PHIs of
 * `s` form a cycle that must still reduce to the parameter.  Each PHI left
 * is one more sign a path has to keep; past what a state holds (the many
 * tests of the real function, here CHECK()), the sign of `s` would not
 * cross the back edge, and the next iteration would do I/O on the object
 * this one released. */
// limit(cocci): no value tracking: it cannot tell that `s` is tested the same way in every iteration, so it sees the release of one iteration before the I/O of the next
#include "engine.h"

/* a value tested twice, the second test decided by the first: one more
 * sign on the path, and no more paths */
#define CHECK(r) do {				\
	int w = t_submit_wait(r);		\
	if (w < 0)				\
		return -EIO;			\
	if (w < 0)				\
		n++;				\
} while (0)

int read_objs(struct t_stream *s, struct obj *obj, unsigned int nr)
{
	struct t_req *req = NULL;
	int n = 0;

	for (; nr; nr--) {
		if (s)
			obj = t_next(s);
		CHECK(req); CHECK(req); CHECK(req); CHECK(req);
		CHECK(req); CHECK(req); CHECK(req); CHECK(req);
		CHECK(req); CHECK(req); CHECK(req); CHECK(req);
		CHECK(req); CHECK(req); CHECK(req); CHECK(req);
		if (req && req->n > 8) {
		submit:
			t_submit(req);
			req = NULL;
		}
		if (!req) {
			req = t_req_alloc(nr);
			if (s)
				req->n = 1;
		}
		if (t_io(req, obj, T_SIZE, 0) < T_SIZE)
			goto submit;
		if (s)
			t_release(obj);
	}
	if (req)
		t_submit(req);
	return n;
}
