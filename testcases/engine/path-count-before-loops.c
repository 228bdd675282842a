/* A count checked to be at least one before two loops over it
 * (vhost_scsi_map_to_sgl() in Linux 6.1 drivers/vhost/scsi.c: "if (bytes
 * <= 0) return", then the loop of sg_set_page()): the first loop, which
 * makes the objects accessible, runs at least once. */
// limit(cocci): no value tracking: it cannot tell that the first loop runs
#include "engine.h"

int map_checked(struct t_slot *sg, unsigned long uaddr, int nr)
{
	struct obj *objs[16];
	int n, i;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	if (n < 1)
		return n < 0 ? n : -EFAULT;
	for (i = 0; i < n; i++)
		if (t_make_obj_accessible(objs[i]))
			return -EFAULT;
	for (i = 0; i < n; i++)
		t_io_set(&sg[i], objs[i], T_SIZE, 0);
	return n;
}
