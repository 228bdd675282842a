/* The object comes in as a void * cookie: the cast local and the cookie
 * cast again at the call are one object. */
#include "engine.h"

int submit_cookie(struct t_req *req, void *cookie)
{
	struct obj *obj = cookie;

	t_mark(obj);
	return t_io(req, (struct obj *)cookie, T_SIZE, 0); // expect: missing-accessible(submit_cookie)
}
