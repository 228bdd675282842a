/* A release after a neutral-get on the same path (t_cache_add(), as
 * add_to_swap_cache(); t_keep(), as folio_attach_private()) drops that
 * reference, not a marker: Linux's shmem_writepage() moves the folio into
 * the swap cache, a helper drops the page cache's reference, then the
 * folio is written.  Without the neutral-get the release is this code's
 * (io-after-release); a neutral-put (t_unkeep(), folio_detach_private())
 * drops the neutral reference again. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void uncache(struct obj *obj)
{
	t_release(obj);
}

int cache_move_write(struct t_req *req, struct obj *obj, unsigned long entry)
{
	if (t_cache_add(obj, entry) == 0) {
		uncache(obj);
		return t_io(req, obj, T_SIZE, 0);
	}
	return 0;
}

int uncache_write(struct t_req *req, struct obj *obj)
{
	uncache(obj);
	return t_io(req, obj, T_SIZE, 0); // expect: io-after-release(uncache_write)
}

/* the marker is still held after the neutral reference is dropped */
void kept_marked_write(struct t_req *req, struct obj *obj, void *data)
{
	t_mark(obj);
	t_keep(obj, data);
	t_release(obj);
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(kept_marked_write)
}

/* kept and unkept: the release is this code's again */
void unkept_write(struct t_req *req, struct obj *obj, void *data)
{
	t_keep(obj, data);
	if (!t_unkeep(obj))
		return;
	t_release(obj);
	t_io(req, obj, T_SIZE, 0); // expect: io-after-release(unkept_write)
}
