/* The caller drops its marker and then calls the I/O helper: I/O after
 * release, reported at the helper call. */
// limit(cocci): needs the summary of a helper function; Coccinelle matches one function at a time
#include "engine.h"

static void map_one(struct t_dev *dev, struct obj *obj, t_addr_t *addr)
{
	*addr = t_map(dev, obj, 0, T_SIZE, T_TO_DEVICE);
}

int map_after_put(struct t_dev *dev, struct obj *obj, t_addr_t *addr)
{
	int ret;

	t_mark(obj);
	ret = t_make_obj_accessible(obj);
	t_release(obj);
	if (ret)
		return ret;
	map_one(dev, obj, addr); // expect: io-after-release(map_after_put)
	return 0;
}
