/* A switch over transfer modes: the map case forgets the accessible call
 * the other cases make. */
#include "engine.h"

enum xfer_mode { XFER_BIO, XFER_DMA, XFER_SG };

int xfer_page(struct t_req *req, struct t_dev *dev, struct t_slot *slot,
	      struct obj *obj, enum xfer_mode mode)
{
	t_addr_t addr;
	int ret = 0;

	t_mark(obj);
	switch (mode) {
	case XFER_BIO:
		ret = t_make_obj_accessible(obj);
		if (!ret)
			t_io(req, obj, T_SIZE, 0);
		break;
	case XFER_DMA:
		addr = t_map(dev, obj, 0, T_SIZE, T_TO_DEVICE); // expect: missing-accessible(xfer_page)
		if (t_map_error(dev, addr))
			ret = -EIO;
		break;
	case XFER_SG:
		ret = t_make_obj_accessible(obj);
		if (ret)
			break;
		t_io_set(slot, obj, T_SIZE, 0);
		break;
	}
	if (ret)
		t_release(obj);
	return ret;
}
