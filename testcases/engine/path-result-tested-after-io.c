/* The accessible call's result is tested only after the object went into
 * the scatterlist (the loop of af_alg_make_sg() in Linux 6.1
 * crypto/af_alg.c: pages referenced by iov_iter_get_pages2(), then
 * sg_set_page() on each): the I/O has started on a failed call. */
// limit(cocci): no value tracking: it sees the result tested, not that the test comes after the I/O
#include "engine.h"

int make_sg(struct t_slot *sg, struct obj *obj)
{
	int err;

	t_mark(obj);
	err = t_make_obj_accessible(obj);
	t_io_set(sg, obj, T_SIZE, 0); // expect: unchecked-accessible(make_sg)
	if (err) {
		t_release(obj);
		return err;
	}
	return 0;
}
