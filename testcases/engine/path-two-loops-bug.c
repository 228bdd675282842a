/* path-two-loops.c with the first loop one short (i < n - 1): with one
 * object, it is never made accessible and the second loop hands it to the
 * I/O (the loops of af_alg_make_sg(), Linux 6.1 crypto/af_alg.c). */
// limit(cocci): no value tracking: it reports this path, and the clean twin's too
#include "engine.h"

int map_many(struct t_slot *sg, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int n, i;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	for (i = 0; i < n - 1; i++)
		if (t_make_obj_accessible(objs[i]))
			goto out;
	for (i = 0; i < n; i++)
		t_io_set(&sg[i], objs[i], T_SIZE, 0); // expect: missing-accessible(map_many)
	return n;
out:
	for (i = 0; i < n; i++)
		t_release(objs[i]);
	return -EFAULT;
}
