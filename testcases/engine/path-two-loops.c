/* Two loops over the same count: the first makes each object accessible,
 * the second hands each to the I/O; the second runs only if the first did
 * (af_alg_make_sg() in Linux 6.1 crypto/af_alg.c: the pages of
 * iov_iter_get_pages2(), then a loop of sg_set_page() over npages). */
// limit(cocci): no value tracking: it cannot tell that both loops run the same number of times
#include "engine.h"

int map_many(struct t_slot *sg, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int n, i;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	for (i = 0; i < n; i++)
		if (t_make_obj_accessible(objs[i]))
			goto out;
	for (i = 0; i < n; i++)
		t_io_set(&sg[i], objs[i], T_SIZE, 0);
	return n;
out:
	for (i = 0; i < n; i++)
		t_release(objs[i]);
	return -EFAULT;
}
