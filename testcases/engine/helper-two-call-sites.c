/* One I/O helper, two call sites: the caller that prepared the object is
 * clean, the one that only marked it is reported at its own call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void map_for_device(struct t_dev *dev, struct obj *obj, t_addr_t *addr)
{
	*addr = t_map(dev, obj, 0, T_SIZE, T_TO_DEVICE);
}

int map_prepared(struct t_dev *dev, struct obj *obj, t_addr_t *addr)
{
	int ret;

	t_mark(obj);
	ret = t_make_obj_accessible(obj);
	if (ret) {
		t_release(obj);
		return ret;
	}
	map_for_device(dev, obj, addr);
	return 0;
}

int map_unprepared(struct t_dev *dev, struct obj *obj, t_addr_t *addr)
{
	t_mark(obj);
	map_for_device(dev, obj, addr); // expect: missing-accessible(map_unprepared)
	return 0;
}
