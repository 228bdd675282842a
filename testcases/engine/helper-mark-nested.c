/* t_mark_nested() (role mark-nested, folio_add_pin()) takes a marker on top
 * of one that must already be held: where the object is untracked, the held
 * one is the caller's and so is the obligation (the helper is silent, its
 * callers decide); on a marker held it changes nothing, READY stays READY,
 * and a release drops it first; after this code's own release it marks as
 * t_mark() does.  The shape of Linux 6.12's fs/direct-io.c: the pages
 * pinned (and made accessible) by one function, pinned again by
 * dio_pin_page() and added to a bio by another. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

struct sub { struct obj *cur; };

static void send_cur(struct t_req *req, struct sub *s, struct obj *obj)
{
	t_mark_nested(obj);
	s->cur = obj;
	t_io(req, obj, T_SIZE, 0);
}

/* pinned and made accessible by the caller: clean */
void pinned_send(struct t_req *req, struct sub *s, struct obj *obj)
{
	t_mark_accessible(obj);
	send_cur(req, s, obj);
}

/* a marker without the accessible call: the gap is the caller's mark */
void marked_send(struct t_req *req, struct sub *s, struct obj *obj)
{
	t_mark(obj);
	send_cur(req, s, obj); // expect: missing-accessible(marked_send)
}

/* the nested marker's release drops it, not the caller's */
void nested_released(struct t_req *req, struct obj *obj)
{
	t_mark_nested(obj);
	t_release(obj);
	t_io(req, obj, T_SIZE, 0);
}

/* after this code dropped its own marker, the nested one is a mark */
void released_then_nested(struct t_req *req, struct obj *obj)
{
	t_mark(obj);
	if (t_make_obj_accessible(obj))
		return;
	t_release(obj);
	t_mark_nested(obj);
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(released_then_nested)
}
