/* path-result-tested-after-io.c with the test before the object goes into
 * the scatterlist (sg_set_page() in af_alg_make_sg(), Linux 6.1
 * crypto/af_alg.c). */
#include "engine.h"

int make_sg(struct t_slot *sg, struct obj *obj)
{
	int err;

	t_mark(obj);
	err = t_make_obj_accessible(obj);
	if (err) {
		t_release(obj);
		return err;
	}
	t_io_set(sg, obj, T_SIZE, 0);
	return 0;
}
