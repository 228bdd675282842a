/* t_keep() takes a reference that is not a pending-I/O marker (role
 * neutral; its body calls t_mark(), as folio_attach_private() calls
 * folio_get()): a helper that calls it is not inferred to mark, so I/O on
 * an object the caller never marked stays its own caller's obligation:
 * silent.  The same helper with t_mark() is a marker: the caller's I/O
 * misses the accessible call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

struct state { int uptodate; };

static struct state *state_create(struct obj *obj, struct state *st)
{
	t_keep(obj, st);
	return st;
}

static struct state *state_hold(struct obj *obj, struct state *st)
{
	t_mark(obj);
	return st;
}

bool read_kept(struct obj *obj, struct t_req *req, struct state *st)
{
	state_create(obj, st);
	return t_io_ok(req, obj, T_SIZE, 0);
}

bool read_held(struct obj *obj, struct t_req *req, struct state *st)
{
	state_hold(obj, st);
	return t_io_ok(req, obj, T_SIZE, 0); // expect: missing-accessible(read_held)
}
