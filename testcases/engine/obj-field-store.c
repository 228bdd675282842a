/* Storing the object into s->cur_page makes the field path and the local
 * one object (fs/direct-io.c's dio->cur_page shape). */
#include "engine.h"

struct dio_state {
	struct obj *cur_page;
	unsigned int cur_page_len;
	struct t_req *req;
};

void dio_set_cur_page(struct dio_state *s, struct obj *obj, unsigned int len)
{
	t_mark(obj);
	s->cur_page = obj;
	s->cur_page_len = len;
	t_io(s->req, s->cur_page, s->cur_page_len, 0); // expect: missing-accessible(dio_set_cur_page)
}
