/* A helper wrapping t_get_many() marks the caller's array when it returns
 * > 0: the caller's loop does I/O on the objects without the call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static int grab_user_pages(unsigned long uaddr, int nr, struct obj **objs)
{
	return t_get_many(uaddr, nr, T_WRITE, objs);
}

int dio_read_user(struct t_req *req, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int i, n;

	n = grab_user_pages(uaddr, nr, objs);
	if (n <= 0)
		return n;
	for (i = 0; i < n; i++)
		t_io(req, objs[i], T_SIZE, 0); // expect: missing-accessible(dio_read_user)
	return t_submit_wait(req);
}
