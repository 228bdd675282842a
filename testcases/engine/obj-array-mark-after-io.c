/* A reference taken on an element after its I/O was started is the I/O's
 * own, not a new pending-I/O marker (net/core/skbuff.c skb_splice_bits()'s
 * spd_fill_page() in 6.1 takes get_page() on each page it puts into the
 * splice descriptor; block/bio.c bio_iov_bvec_set() hands pages taken
 * elsewhere): the next element's I/O in the loop is clean.  A reference
 * taken before the I/O, with no accessible call, is reported. */
// limit(cocci): the loop's back edge brings t_mark() before the next t_io() of the same expression objs[i]; a source matcher does not know it is the I/O's own reference
#include "engine.h"

void hand_every(struct obj **objs, int n, struct t_req *req)
{
	int i;

	for (i = 0; i < n; i++) {
		t_io(req, objs[i], T_SIZE, 0);
		t_mark(objs[i]);
	}
}

void mark_then_hand(struct obj **objs, int n, struct t_req *req)
{
	int i;

	for (i = 0; i < n; i++) {
		t_mark(objs[i]);
		t_io(req, objs[i], T_SIZE, 0); // expect: missing-accessible(mark_then_hand)
	}
}
