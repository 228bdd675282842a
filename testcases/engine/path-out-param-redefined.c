/* shmem_file_read_iter(): each iteration gets a new object through an
 * out-parameter and releases it after the I/O; the release of the last
 * iteration says nothing of the next object: no io-after-release. */
#include "engine.h"

int lookup(struct t_cache *cache, unsigned long index, struct obj **objp);

int read_all(struct t_cache *cache, struct t_req *req, unsigned long n)
{
	struct obj *obj;
	unsigned long i;

	for (i = 0; i < n; i++) {
		if (lookup(cache, i, &obj))
			return -EIO;
		if (t_io_ok(req, obj, T_SIZE, 0))
			return -EIO;
		t_release(obj);
	}
	return 0;
}
