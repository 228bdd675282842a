/* Parameters are objects: one marked here is this function's obligation,
 * one never marked here is the caller's. */
#include "engine.h"

void pair_to_bio(struct t_req *req, struct obj *mine, struct obj *callers)
{
	t_mark(mine);
	t_io(req, mine, T_SIZE, 0); // expect: missing-accessible(pair_to_bio)
	t_io(req, callers, T_SIZE, 0);
}
