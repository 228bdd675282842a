/* path-count-before-loops.c with the first loop starting at 1 (as if the
 * first object had been made accessible elsewhere): with one object, it
 * reaches the I/O marked (the loops of vhost_scsi_map_to_sgl(), Linux 6.1
 * drivers/vhost/scsi.c). */
// limit(cocci): no value tracking: it reports this path, and the clean twin's too
#include "engine.h"

int map_checked(struct t_slot *sg, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int n, i;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	if (n < 1)
		return n < 0 ? n : -EFAULT;
	for (i = 1; i < n; i++)
		if (t_make_obj_accessible(objs[i]))
			return -EFAULT;
	for (i = 0; i < n; i++)
		t_io_set(&sg[i], objs[i], T_SIZE, 0); // expect: missing-accessible(map_checked)
	return n;
}
