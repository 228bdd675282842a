/* An element at a constant index is its own object where code treats it
 * on its own (fs/splice.c iter_to_pipe() in 6.1: iov_iter_get_pages2()
 * fills the local pages[16], then every pages[n] goes into a pipe buffer).
 * Making only objs[0] accessible leaves the other elements marked: the I/O
 * on every objs[i] is reported.  Every element made accessible in one loop
 * and handed to I/O in the next is clean (the first loop is a do-while:
 * that a for loop over the same bound runs whenever the second does is
 * value tracking, not object identity); objs[0] alone made accessible and
 * used alone is clean too. */
// limit(cocci): the semantic patches treat objs[0] and objs[i] as unrelated expressions; the mark on the array through its out-parameter does not reach objs[i]
#include "engine.h"

int vmsplice_first_only(unsigned long uaddr, int nr, struct t_req *req)
{
	struct obj *objs[16];
	int i, n;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	if (n <= 0)
		return -EFAULT;
	if (t_make_obj_accessible(objs[0]))
		return -EIO;
	for (i = 0; i < n; i++)
		t_io(req, objs[i], T_SIZE, 0); // expect: missing-accessible(vmsplice_first_only)
	return 0;
}

int vmsplice_every(unsigned long uaddr, int nr, struct t_req *req)
{
	struct obj *objs[16];
	int i, n;

	n = t_get_many(uaddr, nr, T_WRITE, objs);
	if (n <= 0)
		return -EFAULT;
	i = 0;
	do {
		if (t_make_obj_accessible(objs[i]))
			return -EIO;
	} while (++i < n);
	for (i = 0; i < n; i++)
		t_io(req, objs[i], T_SIZE, 0);
	return 0;
}

int read_first(unsigned long uaddr, struct t_req *req)
{
	struct obj *objs[1];

	if (t_get_many(uaddr, 1, T_WRITE, objs) != 1)
		return -EFAULT;
	if (t_make_obj_accessible(objs[0]))
		return -EIO;
	return t_io(req, objs[0], T_SIZE, 0);
}
