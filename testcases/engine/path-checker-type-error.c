/* sparse's own checks report an error on code GCC compiles: a comparison
 * of an __rcu pointer with a plain one ("different address spaces", as in
 * fs/fcntl.c, fs/file.c, lib/rbtree.c).  That is no parse failure: the
 * unit is still analyzed (sparse linearizes the rejected comparison as an
 * unknown value, both branches taken), also when the error is in its last
 * function, as here (sparse clears its evaluation error flag per symbol, so
 * only the last one's is left at the end). */
#include "engine.h"

#ifdef __CHECKER__
# define __rcu __attribute__((noderef, address_space(__rcu)))
#else
# define __rcu
#endif

struct slot {
	struct obj __rcu *cur;
};

int send_unless_current(struct t_req *req, struct slot *s, struct obj *obj)
{
	t_mark(obj);
	if (s->cur == obj)
		return 0;
	t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(send_unless_current)
	return 1;
}
