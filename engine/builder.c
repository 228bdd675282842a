// SPDX-License-Identifier: GPL-2.0
/*
 * The structured builder: lowers a function given as statements and
 * expressions (an AST front end) to the engine's graph, through the public
 * API only.
 *
 * Locals become SSA values on the fly, as in Braun, Buchwald, Hack, Leißa,
 * Mallon and Zwinkau, "Simple and Efficient Construction of Static Single
 * Assignment Form" (CC 2013): a read takes the local's definition in the
 * current block, else in its predecessors, with a PHI where several meet.
 * A block whose predecessors may still grow (a loop head, a goto label) is
 * not sealed: reads there make incomplete PHIs, completed when it is sealed.
 * PHIs stay here until pa_b_finish, which turns the redundant ones into
 * copies and gives the engine the others: the trivial ones (one value
 * besides themselves) and, where gotos make control flow irreducible, the
 * cycles of PHIs that together stand for one value (Braun et al.'s
 * section 3.2), so that the result is minimal SSA.
 *
 * Control flow goes through labels: a label collects the exits (a jump, one
 * edge of a branch, a switch case) that go to it until it is placed, which
 * makes its block and the edges.  A condition is two labels, where its true
 * and where its false exits go: &&, || and ! only choose which label an exit
 * joins.
 */
#include <stdarg.h>
#include <stdio.h>
#include "pageaudit.h"
#include "internal.h"

#define OPND_FLAGS (PA_OPND_UNSIGNED | PA_OPND_BOOL | PA_OPND_INEXACT | PA_OPND_POINTER)

static const struct pa_opnd none = { -1, -1, 0, 0, 0 };

struct b_local {
	int node;
	unsigned flags;		/* PA_OPND_* of its type, PA_B_MEMORY */
	int used;		/* read or written: too late to move it to memory */
};

enum x_kind { X_JUMP, X_BRANCH, X_CASE };

/* An exit on its way to a label: the edge it becomes once the label has a
 * block. */
struct b_exit {
	enum x_kind kind;
	int from;
	int sense;		/* X_BRANCH: the true (1) or false (0) edge */
	enum pa_op cmp;		/* X_BRANCH: the test is (a CMP c) */
	struct pa_opnd a, c;
	int value;		/* X_CASE: taken when value == k */
	long k;
	struct pa_loc loc;
};

struct b_label {
	int block;		/* once placed; -1 if nothing reached it */
	int placed;
	int open;		/* jumps may come after it is placed: a goto label, a loop head */
	int fwd;		/* joined into that label, or -1 */
	struct b_exit *x;	/* the exits waiting for it to be placed */
	int nx, cap_x;
};

struct b_block {
	int sealed;		/* its predecessors are all known */
	int *pred;		/* distinct, in the order edges came */
	int npred, cap_pred;
	int *inc;		/* incomplete PHIs, until sealed */
	int ninc, cap_inc;
};

struct b_phi {
	int block, local, value;
	int *op;		/* a value per predecessor of block, in its order */
	int nop, cap_op;
	int same;		/* trivial: the value it is, else -1 */
	int undef;		/* trivial with no value at all: left undefined */
};

enum b_frame_kind { F_IF, F_TERNARY, F_LOOP, F_SWITCH };

struct b_frame {
	enum b_frame_kind kind;
	int other;		/* IF, TERNARY: the false label, after else the join */
	int has_else;
	int local;		/* TERNARY: the hidden local the arms assign */
	int head, next, brk;	/* LOOP: its head, continue and break labels; SWITCH: brk */
	int sw_block;		/* SWITCH: the block that branches, -1 if unreachable */
	struct pa_opnd sw_val;
	struct pa_loc sw_loc;
	int has_default;
};

struct b_def {
	uint64_t key;		/* (local + 1) << 32 | block; 0: empty */
	int value;
};

struct pa_builder {
	struct pa_func *f;
	int cur;		/* the current block, -1 where unreachable */
	struct pa_loc loc;	/* the last location given: fall-through edges */
	int nvalue, ntemp;
	struct b_local *local;
	int nlocal, cap_local;
	struct b_block *blk;
	int nblk, cap_blk;
	struct b_label *lab;
	int nlab, cap_lab;
	struct b_phi *phi;
	int nphi, cap_phi;
	int *phi_of;		/* value -> its PHI + 1, or 0 */
	int cap_phi_of;
	struct b_frame *fr;
	int nfr, cap_fr;
	struct b_def *def;	/* the current definitions, open addressing */
	size_t def_cap, ndef;
	char err[256];
};

static void fail(struct pa_builder *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The first misuse is kept for pa_b_finish. */
static void fail(struct pa_builder *b, const char *fmt, ...)
{
	va_list ap;

	if (b->err[0])
		return;
	va_start(ap, fmt);
	vsnprintf(b->err, sizeof(b->err), fmt, ap);
	va_end(ap);
}

static int new_value(struct pa_builder *b)
{
	int v = b->nvalue++;

	PA_GROW(b->phi_of, v, b->cap_phi_of);
	b->phi_of[v] = 0;
	return v;
}

static int new_block(struct pa_builder *b)
{
	int n = pa_block_new(b->f);

	PA_GROW(b->blk, n, b->cap_blk);
	memset(&b->blk[n], 0, sizeof(b->blk[n]));
	if (n >= b->nblk)
		b->nblk = n + 1;
	return n;
}

/* ---- current definitions: (local, block) -> value ------------------------ */

static uint64_t def_key(int local, int block)
{
	return (uint64_t)(local + 1) << 32 | (uint32_t)block;
}

static size_t def_slot(const struct pa_builder *b, uint64_t key)
{
	size_t i = (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 20) & (b->def_cap - 1);

	while (b->def[i].key && b->def[i].key != key)
		i = (i + 1) & (b->def_cap - 1);
	return i;
}

static int def_get(const struct pa_builder *b, int local, int block)
{
	size_t i;

	if (!b->def_cap)
		return -1;
	i = def_slot(b, def_key(local, block));
	return b->def[i].key ? b->def[i].value : -1;
}

static void def_set(struct pa_builder *b, int local, int block, int value)
{
	size_t i;

	if ((b->ndef + 1) * 2 > b->def_cap) {
		struct b_def *old = b->def;
		size_t cap = b->def_cap, j;

		b->def_cap = cap ? cap * 2 : 256;
		b->def = pa_xcalloc(b->def_cap, sizeof(*b->def));
		for (j = 0; j < cap; j++)
			if (old[j].key)
				b->def[def_slot(b, old[j].key)] = old[j];
		free(old);
	}
	i = def_slot(b, def_key(local, block));
	if (!b->def[i].key) {
		b->def[i].key = def_key(local, block);
		b->ndef++;
	}
	b->def[i].value = value;
}

/* ---- reading a local: the SSA construction ----------------------------- */

static int read_var(struct pa_builder *b, int local, int block);

static int new_phi(struct pa_builder *b, int local, int block)
{
	int v = new_value(b);
	struct b_phi *p;

	PA_GROW(b->phi, b->nphi, b->cap_phi);
	p = &b->phi[b->nphi];
	memset(p, 0, sizeof(*p));
	p->block = block;
	p->local = local;
	p->value = v;
	p->same = -1;
	b->phi_of[v] = b->nphi + 1;
	return b->nphi++;
}

/* The PHI's operands: the local's value at the end of each predecessor. */
static void phi_operands(struct pa_builder *b, int i)
{
	int block = b->phi[i].block, j;

	for (j = 0; j < b->blk[block].npred; j++) {
		int v = read_var(b, b->phi[i].local, b->blk[block].pred[j]);
		struct b_phi *p = &b->phi[i];

		PA_GROW(p->op, p->nop, p->cap_op);
		p->op[p->nop++] = v;
	}
}

static int read_var(struct pa_builder *b, int local, int block)
{
	int start = block, steps = 0, v, i;
	struct b_block *bb;

	v = def_get(b, local, block);
	if (v >= 0)
		return v;
	/* up a chain of blocks with one predecessor: no PHI there */
	for (;;) {
		bb = &b->blk[block];
		if (!bb->sealed || bb->npred != 1 || ++steps > b->nblk)
			break;
		block = bb->pred[0];
		v = def_get(b, local, block);
		if (v >= 0)
			goto chain;
	}
	if (steps > b->nblk || !bb->npred) {
		/* the entry (a parameter's value, an uninitialized local) or
		 * unreachable code: a value nothing defines */
		v = new_value(b);
	} else if (!bb->sealed) {
		i = new_phi(b, local, block);
		v = b->phi[i].value;
		PA_GROW(bb->inc, bb->ninc, bb->cap_inc);
		bb->inc[bb->ninc++] = i;
	} else {
		i = new_phi(b, local, block);
		v = b->phi[i].value;
		/* defined before its operands are read: loops end at it */
		def_set(b, local, block, v);
		phi_operands(b, i);
	}
	def_set(b, local, block, v);
chain:
	for (block = start; def_get(b, local, block) < 0; block = b->blk[block].pred[0])
		def_set(b, local, block, v);
	return v;
}

static void seal(struct pa_builder *b, int block)
{
	struct b_block *bb = &b->blk[block];
	int i;

	if (bb->sealed)
		return;
	/* sealed first: a read of another local here now completes its PHI */
	bb->sealed = 1;
	for (i = 0; i < bb->ninc; i++)
		phi_operands(b, bb->inc[i]);
	free(bb->inc);
	bb->inc = NULL;
	bb->ninc = bb->cap_inc = 0;
}

/* The value a PHI stands for once the trivial ones are gone. */
static int phi_value(const struct pa_builder *b, int v)
{
	while (v >= 0 && b->phi_of[v] && b->phi[b->phi_of[v] - 1].same >= 0)
		v = b->phi[b->phi_of[v] - 1].same;
	return v;
}

/* ---- redundant PHI cycles ---------------------------------------------------- */

/* Where control flow is irreducible (a goto into a loop), PHIs can form a
 * cycle that, as a whole, stands for one value from outside it, while each
 * of them has two operands: none is trivial.  Braun et al.'s section 3.2
 * (algorithm 5): in each strongly connected component of the PHIs (an edge
 * from a PHI to the PHIs among its operands), taken operands first, a
 * component with one value from outside is that value; one with several
 * keeps the PHIs that have one, and the rest of it (its inner PHIs, whose
 * operands are all in it) is examined again on its own. */
struct scc_run {
	int *run;	/* PHI -> the run whose set it is in */
	int *pos;	/* PHI -> its index in that set */
	int *mark;	/* PHI -> the component being reduced */
	int nrun, nmark;
};

/* The PHI of set that operand j of PHI i is, or -1. */
static int scc_edge(const struct pa_builder *b, const struct scc_run *r, int run, int i, int j)
{
	int v = phi_value(b, b->phi[i].op[j]), w;

	if (v < 0 || !b->phi_of[v])
		return -1;
	w = b->phi_of[v] - 1;
	if (r->run[w] != run || b->phi[w].same >= 0 || b->phi[w].undef)
		return -1;
	return r->pos[w];
}

static void redundant_phis(struct pa_builder *b, struct scc_run *r, const int *set, int n);

/* One component (PHIs m[0..k)): replaced by its one value from outside, or
 * its inner PHIs examined again. */
static void reduce_scc(struct pa_builder *b, struct scc_run *r, const int *m, int k)
{
	int mark = ++r->nmark, outer = -1, nouter = 0, ninner = 0, i, j;
	int *inner = pa_xmalloc(k * sizeof(*inner));

	for (i = 0; i < k; i++)
		r->mark[m[i]] = mark;
	for (i = 0; i < k; i++) {
		const struct b_phi *p = &b->phi[m[i]];
		int is_inner = 1;

		for (j = 0; j < p->nop; j++) {
			int v = phi_value(b, p->op[j]);

			if (v >= 0 && b->phi_of[v] && r->mark[b->phi_of[v] - 1] == mark)
				continue;
			is_inner = 0;
			if (nouter && v == outer)
				continue;
			outer = v;
			nouter++;
		}
		if (is_inner)
			inner[ninner++] = m[i];
	}
	if (nouter <= 1) {
		for (i = 0; i < k; i++) {
			if (nouter)
				b->phi[m[i]].same = outer;
			else
				b->phi[m[i]].undef = 1;
		}
	} else if (k > 1 && ninner) {
		redundant_phis(b, r, inner, ninner);
	}
	free(inner);
}

/* Tarjan's algorithm over the PHIs of set, without recursion; the
 * components come out operands first and are reduced after the walk. */
static void redundant_phis(struct pa_builder *b, struct scc_run *r, const int *set, int n)
{
	int run = ++r->nrun, counter = 0, nstk = 0, ncall = 0, nout = 0, ncomp = 0, i, c;
	int *idx = pa_xmalloc(n * sizeof(*idx)), *low = pa_xmalloc(n * sizeof(*low));
	int *onstk = pa_xcalloc(n, sizeof(*onstk)), *stk = pa_xmalloc(n * sizeof(*stk));
	int *call = pa_xmalloc(n * sizeof(*call)), *next = pa_xmalloc(n * sizeof(*next));
	int *out = pa_xmalloc(n * sizeof(*out)), *comp = pa_xmalloc((n + 1) * sizeof(*comp));

	for (i = 0; i < n; i++) {
		r->run[set[i]] = run;
		r->pos[set[i]] = i;
		idx[i] = -1;
	}
	for (i = 0; i < n; i++) {
		if (idx[i] >= 0)
			continue;
		idx[i] = low[i] = counter++;
		stk[nstk++] = i;
		onstk[i] = 1;
		call[ncall] = i;
		next[ncall++] = 0;
		while (ncall) {
			int v = call[ncall - 1];

			if (next[ncall - 1] < b->phi[set[v]].nop) {
				int w = scc_edge(b, r, run, set[v], next[ncall - 1]++);

				if (w < 0)
					continue;
				if (idx[w] < 0) {
					idx[w] = low[w] = counter++;
					stk[nstk++] = w;
					onstk[w] = 1;
					call[ncall] = w;
					next[ncall++] = 0;
				} else if (onstk[w] && idx[w] < low[v]) {
					low[v] = idx[w];
				}
				continue;
			}
			ncall--;
			if (ncall && low[v] < low[call[ncall - 1]])
				low[call[ncall - 1]] = low[v];
			if (low[v] != idx[v])
				continue;
			comp[ncomp++] = nout;
			do {
				int w = stk[--nstk];

				onstk[w] = 0;
				out[nout++] = set[w];
			} while (out[nout - 1] != set[v]);
		}
	}
	comp[ncomp] = nout;
	free(idx);
	free(low);
	free(onstk);
	free(stk);
	free(call);
	free(next);
	for (c = 0; c < ncomp; c++)
		reduce_scc(b, r, out + comp[c], comp[c + 1] - comp[c]);
	free(out);
	free(comp);
}

/* Trivial PHIs (a component of one PHI) and redundant cycles become
 * copies of their value, the others reach the engine. */
static void emit_phis(struct pa_builder *b)
{
	struct scc_run r = { 0 };
	int n = 0, i, j;
	int *set = pa_xmalloc((b->nphi + 1) * sizeof(*set));

	r.run = pa_xcalloc(b->nphi + 1, sizeof(*r.run));
	r.pos = pa_xcalloc(b->nphi + 1, sizeof(*r.pos));
	r.mark = pa_xcalloc(b->nphi + 1, sizeof(*r.mark));
	for (i = 0; i < b->nphi; i++)
		set[n++] = i;
	redundant_phis(b, &r, set, n);
	free(set);
	free(r.run);
	free(r.pos);
	free(r.mark);
	for (i = 0; i < b->nphi; i++) {
		struct b_phi *p = &b->phi[i];
		struct b_local *l = &b->local[p->local];
		struct pa_opnd dst = { l->node, p->value, 0, 0, l->flags & OPND_FLAGS };
		struct pa_opnd src = dst;

		if (p->same >= 0) {
			pa_value_copy(b->f, p->value, phi_value(b, p->value));
			continue;
		}
		if (p->undef)
			continue;
		for (j = 0; j < p->nop; j++) {
			src.value = phi_value(b, p->op[j]);
			pa_phi(b->f, b->blk[p->block].pred[j], p->block, dst, src);
		}
	}
}

/* ---- labels and exits -------------------------------------------------------- */

static int label_new(struct pa_builder *b, int open)
{
	struct b_label *l;

	PA_GROW(b->lab, b->nlab, b->cap_lab);
	l = &b->lab[b->nlab];
	memset(l, 0, sizeof(*l));
	l->block = -1;
	l->open = open;
	l->fwd = -1;
	return b->nlab++;
}

static int label_of(struct pa_builder *b, int l)
{
	if (l < 0 || l >= b->nlab) {
		fail(b, "no label %d", l);
		return -1;
	}
	while (b->lab[l].fwd >= 0)
		l = b->lab[l].fwd;
	return l;
}

static void add_pred(struct pa_builder *b, int block, int from)
{
	struct b_block *bb = &b->blk[block];
	int i;

	for (i = 0; i < bb->npred; i++)
		if (bb->pred[i] == from)
			return;
	if (bb->sealed) {
		fail(b, "an edge into block %d after it was sealed", block);
		return;
	}
	PA_GROW(bb->pred, bb->npred, bb->cap_pred);
	bb->pred[bb->npred++] = from;
}

static void emit_exit(struct pa_builder *b, const struct b_exit *x, int to)
{
	switch (x->kind) {
	case X_JUMP:
		pa_edge(b->f, x->from, to, -1, PA_EQ, 0, -1, x->loc);
		break;
	case X_BRANCH:
		pa_branch(b->f, x->from, to, x->sense, x->cmp, x->a, x->c, x->loc);
		break;
	case X_CASE:
		pa_edge(b->f, x->from, to, x->value, PA_EQ, x->k, -1, x->loc);
		break;
	}
	add_pred(b, to, x->from);
}

static void exit_to(struct pa_builder *b, int label, const struct b_exit *x)
{
	int l = label_of(b, label);
	struct b_label *lb;

	if (l < 0)
		return;
	lb = &b->lab[l];
	if (!lb->placed) {
		PA_GROW(lb->x, lb->nx, lb->cap_x);
		lb->x[lb->nx++] = *x;
		return;
	}
	if (lb->block < 0 || b->blk[lb->block].sealed) {
		fail(b, "a jump to a label that can take no more edges");
		return;
	}
	emit_exit(b, x, lb->block);
}

/* The current block ends with a jump to label; what follows is unreachable
 * until a label is placed. */
static void jump(struct pa_builder *b, int label, struct pa_loc loc)
{
	if (b->cur >= 0) {
		struct b_exit x = { X_JUMP, b->cur, -1, PA_OP_EQ, none, none, -1, 0, loc };

		exit_to(b, label, &x);
	}
	b->cur = -1;
}

/* The label's block starts here: the current block falls into it. */
static void place(struct pa_builder *b, int label)
{
	int l = label_of(b, label), blk, i;
	struct b_label *lb;

	if (l < 0)
		return;
	if (b->lab[l].placed) {
		fail(b, "label %d placed twice", label);
		return;
	}
	jump(b, l, b->loc);
	lb = &b->lab[l];
	lb->placed = 1;
	if (!lb->nx && !lb->open)
		return;		/* nothing reaches it: still unreachable */
	blk = new_block(b);
	lb->block = blk;
	for (i = 0; i < lb->nx; i++)
		emit_exit(b, &lb->x[i], blk);
	free(lb->x);
	lb->x = NULL;
	lb->nx = lb->cap_x = 0;
	b->cur = blk;
	if (!lb->open)
		seal(b, blk);
}

/* src's exits go to dst; returns dst. */
static int label_join(struct pa_builder *b, int dst, int src)
{
	struct b_label *s;
	int i;

	dst = label_of(b, dst);
	src = label_of(b, src);
	if (dst < 0 || src < 0 || dst == src)
		return dst;
	s = &b->lab[src];
	if (s->placed) {
		fail(b, "label %d joined after it was placed", src);
		return dst;
	}
	for (i = 0; i < b->lab[src].nx; i++)
		exit_to(b, dst, &b->lab[src].x[i]);
	s = &b->lab[src];
	free(s->x);
	s->x = NULL;
	s->nx = s->cap_x = 0;
	s->fwd = dst;
	return dst;
}

/* ---- the function, locals and values -------------------------------------------- */

struct pa_builder *pa_b_new(struct pa_func *f)
{
	struct pa_builder *b = pa_xcalloc(1, sizeof(*b));

	b->f = f;
	b->cur = new_block(b);
	if (b->cur != 0)
		fail(b, "the function had blocks before the builder");
	b->blk[b->cur].sealed = 1;	/* the entry: nothing jumps to it */
	return b;
}

int pa_b_finish(struct pa_builder *b, struct pa_loc loc, char *err, size_t errlen)
{
	int i, ret;

	b->loc = loc;
	if (b->nfr)
		fail(b, "%d statement(s) not ended", b->nfr);
	if (b->cur >= 0)
		pa_return(b->f, b->cur, loc, none);
	b->cur = -1;
	for (i = 0; i < b->nlab; i++)
		if (b->lab[i].fwd < 0 && !b->lab[i].placed && b->lab[i].nx)
			fail(b, b->lab[i].open ? "a goto to a label never placed" :
			     "a condition that no statement took");
	for (i = 0; i < b->nblk; i++)
		seal(b, i);
	emit_phis(b);
	ret = b->err[0] ? -1 : 0;
	if (err && errlen)
		snprintf(err, errlen, "%s", b->err);
	for (i = 0; i < b->nblk; i++) {
		free(b->blk[i].pred);
		free(b->blk[i].inc);
	}
	for (i = 0; i < b->nlab; i++)
		free(b->lab[i].x);
	for (i = 0; i < b->nphi; i++)
		free(b->phi[i].op);
	free(b->blk);
	free(b->lab);
	free(b->phi);
	free(b->phi_of);
	free(b->local);
	free(b->fr);
	free(b->def);
	free(b);
	return ret;
}

static struct b_local *local_get(struct pa_builder *b, int local)
{
	if (local < 0 || local >= b->nlocal) {
		fail(b, "no local %d", local);
		return NULL;
	}
	return &b->local[local];
}

int pa_b_local(struct pa_builder *b, const char *name, int param)
{
	char key[32];
	struct b_local *l;

	PA_GROW(b->local, b->nlocal, b->cap_local);
	l = &b->local[b->nlocal];
	memset(l, 0, sizeof(*l));
	snprintf(key, sizeof(key), ".l%d", b->nlocal);
	l->node = pa_node_root(b->f, key, name, param > 0 ? param : 0);
	return b->nlocal++;
}

void pa_b_local_flags(struct pa_builder *b, int local, unsigned flags)
{
	struct b_local *l = local_get(b, local);

	if (!l)
		return;
	if (l->used && ((l->flags ^ flags) & PA_B_MEMORY))
		fail(b, "local %d moved to memory after its first use", local);
	l->flags = flags;
}

int pa_b_local_node(struct pa_builder *b, int local)
{
	struct b_local *l = local_get(b, local);

	return l ? l->node : -1;
}

struct pa_opnd pa_b_read(struct pa_builder *b, int local)
{
	struct b_local *l = local_get(b, local);
	struct pa_opnd o = none, mem = none;

	if (!l)
		return o;
	l->used = 1;
	o.node = l->node;
	o.flags = l->flags & OPND_FLAGS;
	if (l->flags & PA_B_MEMORY) {
		o.value = new_value(b);
		mem.node = l->node;
		pa_assign(b->f, b->cur, o, PA_OP_LOAD, mem, none);
	} else {
		o.value = b->cur >= 0 ? read_var(b, local, b->cur) : new_value(b);
	}
	return o;
}

struct pa_opnd pa_b_assign(struct pa_builder *b, int local, enum pa_op op,
			   struct pa_opnd a, struct pa_opnd c, struct pa_loc loc)
{
	struct b_local *l = local_get(b, local);
	struct pa_opnd o = none;

	b->loc = loc;
	if (!l)
		return o;
	l->used = 1;
	if (l->flags & PA_B_MEMORY) {
		o = a;
		if (op != PA_OP_COPY) {
			o = pa_b_temp(b, 1, l->flags & OPND_FLAGS);
			pa_assign(b->f, b->cur, o, op, a, c);
		}
		pa_store(b->f, b->cur, loc, l->node, o);
		return o;
	}
	o.node = l->node;
	o.value = new_value(b);
	o.flags = l->flags & OPND_FLAGS;
	pa_assign(b->f, b->cur, o, op, a, c);
	if (b->cur >= 0)
		def_set(b, local, b->cur, o.value);
	return o;
}

struct pa_opnd pa_b_temp(struct pa_builder *b, int node, unsigned flags)
{
	struct pa_opnd o = none;
	char key[32];

	o.value = new_value(b);
	o.flags = flags & OPND_FLAGS;
	if (node) {
		snprintf(key, sizeof(key), ".t%d", b->ntemp++);
		o.node = pa_node_root(b->f, key, NULL, 0);
	}
	return o;
}

void pa_b_op(struct pa_builder *b, struct pa_opnd dst, enum pa_op op,
	     struct pa_opnd a, struct pa_opnd c)
{
	pa_assign(b->f, b->cur, dst, op, a, c);
}

void pa_b_call(struct pa_builder *b, struct pa_loc loc, const char *callee,
	       int nargs, const struct pa_opnd *args, struct pa_opnd result)
{
	b->loc = loc;
	pa_call(b->f, b->cur, loc, callee, nargs, args, result);
}

void pa_b_store(struct pa_builder *b, struct pa_loc loc, int dst_node, struct pa_opnd src)
{
	b->loc = loc;
	pa_store(b->f, b->cur, loc, dst_node, src);
}

void pa_b_return(struct pa_builder *b, struct pa_opnd val, struct pa_loc loc)
{
	b->loc = loc;
	pa_return(b->f, b->cur, loc, val);
	b->cur = -1;
}

int pa_b_block(struct pa_builder *b)
{
	return b->cur;
}

/* ---- conditions -------------------------------------------------------------------- */

static int cmp_consts(enum pa_op cmp, struct pa_opnd a, struct pa_opnd c)
{
	int uns = ((a.flags | c.flags) & PA_OPND_UNSIGNED) != 0;
	unsigned long ua = (unsigned long)a.cst, uc = (unsigned long)c.cst;

	switch (cmp) {
	case PA_OP_EQ: return a.cst == c.cst;
	case PA_OP_NE: return a.cst != c.cst;
	case PA_OP_LT: return uns ? ua < uc : a.cst < c.cst;
	case PA_OP_LE: return uns ? ua <= uc : a.cst <= c.cst;
	case PA_OP_GT: return uns ? ua > uc : a.cst > c.cst;
	default: return uns ? ua >= uc : a.cst >= c.cst;
	}
}

struct pa_b_cond pa_b_test(struct pa_builder *b, enum pa_op cmp, struct pa_opnd a,
			   struct pa_opnd c, struct pa_loc loc)
{
	struct pa_b_cond r;
	struct b_exit x = { X_BRANCH, b->cur, 1, cmp, a, c, -1, 0, loc };

	r.t = label_new(b, 0);
	r.f = label_new(b, 0);
	b->loc = loc;
	if (cmp < PA_OP_EQ || cmp > PA_OP_GE) {
		fail(b, "a test needs a comparison, not operation %d", (int)cmp);
		cmp = x.cmp = PA_OP_NE;
	}
	if (b->cur < 0)
		return r;
	if (a.is_cst && c.is_cst && !((a.flags | c.flags) & PA_OPND_INEXACT)) {
		jump(b, cmp_consts(cmp, a, c) ? r.t : r.f, loc);
		return r;
	}
	exit_to(b, r.t, &x);
	x.sense = 0;
	exit_to(b, r.f, &x);
	b->cur = -1;
	return r;
}

/* The labels swap; each branch edge says the sense of the negated test, so
 * that a path's notes speak of the condition as written: "if (!ok)" taken
 * is its true branch. */
struct pa_b_cond pa_b_not(struct pa_builder *b, struct pa_b_cond c)
{
	struct pa_b_cond r = { c.f, c.t };
	int side[2] = { label_of(b, c.t), label_of(b, c.f) }, i, j;

	for (i = 0; i < 2; i++) {
		struct b_label *l = side[i] >= 0 ? &b->lab[side[i]] : NULL;

		for (j = 0; l && j < l->nx; j++) {
			if (l->x[j].kind != X_BRANCH)
				continue;
			l->x[j].sense = !l->x[j].sense;
			l->x[j].cmp = pa_op_invert(l->x[j].cmp);
		}
	}
	return r;
}

void pa_b_and_rhs(struct pa_builder *b, struct pa_b_cond lhs)
{
	place(b, lhs.t);
}

struct pa_b_cond pa_b_and(struct pa_builder *b, struct pa_b_cond lhs, struct pa_b_cond rhs)
{
	struct pa_b_cond r;

	r.t = rhs.t;
	r.f = label_join(b, lhs.f, rhs.f);
	return r;
}

void pa_b_or_rhs(struct pa_builder *b, struct pa_b_cond lhs)
{
	place(b, lhs.f);
}

struct pa_b_cond pa_b_or(struct pa_builder *b, struct pa_b_cond lhs, struct pa_b_cond rhs)
{
	struct pa_b_cond r;

	r.t = label_join(b, lhs.t, rhs.t);
	r.f = rhs.f;
	return r;
}

/* A hidden local, for the values of ?: and of a condition. */
static int hidden_local(struct pa_builder *b, unsigned flags)
{
	int l = pa_b_local(b, NULL, 0);

	b->local[l].flags = flags & OPND_FLAGS;
	return l;
}

struct pa_opnd pa_b_cond_value(struct pa_builder *b, struct pa_b_cond c)
{
	struct pa_opnd k = none;
	int l = hidden_local(b, 0), join = label_new(b, 0);

	k.is_cst = 1;
	place(b, c.t);
	k.cst = 1;
	pa_b_assign(b, l, PA_OP_COPY, k, none, b->loc);
	jump(b, join, b->loc);
	place(b, c.f);
	k.cst = 0;
	pa_b_assign(b, l, PA_OP_COPY, k, none, b->loc);
	place(b, join);
	return pa_b_read(b, l);
}

/* ---- statements ---------------------------------------------------------------------- */

static struct b_frame *push(struct pa_builder *b, enum b_frame_kind kind)
{
	struct b_frame *fr;

	PA_GROW(b->fr, b->nfr, b->cap_fr);
	fr = &b->fr[b->nfr++];
	memset(fr, 0, sizeof(*fr));
	fr->kind = kind;
	fr->local = fr->head = fr->next = fr->brk = fr->sw_block = -1;
	return fr;
}

static struct b_frame *top(struct pa_builder *b, enum b_frame_kind kind, const char *what)
{
	if (!b->nfr || b->fr[b->nfr - 1].kind != kind) {
		fail(b, "%s outside its statement", what);
		return NULL;
	}
	return &b->fr[b->nfr - 1];
}

/* The innermost frame of a kind (LOOP or SWITCH if kind2 says so). */
static struct b_frame *inner(struct pa_builder *b, enum b_frame_kind kind,
			     enum b_frame_kind kind2, const char *what)
{
	int i;

	for (i = b->nfr - 1; i >= 0; i--)
		if (b->fr[i].kind == kind || b->fr[i].kind == kind2)
			return &b->fr[i];
	fail(b, "%s outside its statement", what);
	return NULL;
}

void pa_b_if(struct pa_builder *b, struct pa_b_cond c)
{
	place(b, c.t);
	push(b, F_IF)->other = c.f;
}

/* The arm that ends goes to a join; the false label's arm starts. */
static void else_arm(struct pa_builder *b, struct b_frame *fr)
{
	int join = label_new(b, 0), other = fr->other;

	fr->other = join;
	fr->has_else = 1;
	jump(b, join, b->loc);
	place(b, other);
}

void pa_b_else(struct pa_builder *b)
{
	struct b_frame *fr = top(b, F_IF, "else");

	if (!fr)
		return;
	if (fr->has_else) {
		fail(b, "two else arms");
		return;
	}
	else_arm(b, fr);
}

void pa_b_end_if(struct pa_builder *b)
{
	struct b_frame *fr = top(b, F_IF, "end of if");

	if (!fr)
		return;
	b->nfr--;
	place(b, fr->other);
}

void pa_b_ternary(struct pa_builder *b, struct pa_b_cond c)
{
	struct b_frame *fr;

	place(b, c.t);
	fr = push(b, F_TERNARY);
	fr->other = c.f;
	fr->local = hidden_local(b, 0);
}

void pa_b_ternary_else(struct pa_builder *b, struct pa_opnd x)
{
	struct b_frame *fr = top(b, F_TERNARY, "ternary else");

	if (!fr || fr->has_else) {
		fail(b, "ternary else without a ternary");
		return;
	}
	b->local[fr->local].flags |= x.flags & OPND_FLAGS & ~PA_OPND_INEXACT;
	pa_b_assign(b, fr->local, PA_OP_COPY, x, none, b->loc);
	else_arm(b, fr);
}

struct pa_opnd pa_b_ternary_end(struct pa_builder *b, struct pa_opnd y)
{
	struct b_frame *fr = top(b, F_TERNARY, "end of ternary");
	int l;

	if (!fr || !fr->has_else) {
		fail(b, "end of ternary without its else");
		return none;
	}
	l = fr->local;
	b->local[l].flags |= y.flags & OPND_FLAGS & ~PA_OPND_INEXACT;
	pa_b_assign(b, l, PA_OP_COPY, y, none, b->loc);
	b->nfr--;
	place(b, fr->other);
	return pa_b_read(b, l);
}

void pa_b_loop(struct pa_builder *b)
{
	int head = label_new(b, 1), next = label_new(b, 0), brk = label_new(b, 0);
	struct b_frame *fr = push(b, F_LOOP);

	fr->head = head;
	fr->next = next;
	fr->brk = brk;
	place(b, head);
}

void pa_b_loop_test(struct pa_builder *b, struct pa_b_cond c)
{
	struct b_frame *fr = top(b, F_LOOP, "loop test");

	if (!fr)
		return;
	label_join(b, fr->brk, c.f);
	place(b, c.t);
}

void pa_b_loop_next(struct pa_builder *b)
{
	struct b_frame *fr = top(b, F_LOOP, "loop next");

	if (fr)
		place(b, fr->next);
}

/* The loop's back edges are in: its head is sealed, its exit placed. */
static void loop_done(struct pa_builder *b, struct b_frame *fr)
{
	int head = label_of(b, fr->head), brk = fr->brk;

	if (head >= 0 && b->lab[head].block >= 0)
		seal(b, b->lab[head].block);
	b->nfr--;
	place(b, brk);
}

void pa_b_loop_end(struct pa_builder *b)
{
	struct b_frame *fr = top(b, F_LOOP, "end of loop");

	if (!fr)
		return;
	if (!b->lab[label_of(b, fr->next)].placed)
		place(b, fr->next);
	jump(b, fr->head, b->loc);
	loop_done(b, fr);
}

void pa_b_loop_while(struct pa_builder *b, struct pa_b_cond c)
{
	struct b_frame *fr = top(b, F_LOOP, "end of do-while");
	struct b_label *next;

	if (!fr)
		return;
	next = &b->lab[label_of(b, fr->next)];
	if (!next->placed) {
		if (next->nx)
			fail(b, "a continue in a do-while without pa_b_loop_next");
		next->placed = 1;
	}
	label_join(b, fr->head, c.t);
	label_join(b, fr->brk, c.f);
	loop_done(b, fr);
}

void pa_b_break(struct pa_builder *b, struct pa_loc loc)
{
	struct b_frame *fr = inner(b, F_LOOP, F_SWITCH, "break");

	b->loc = loc;
	if (fr)
		jump(b, fr->brk, loc);
	else
		b->cur = -1;
}

void pa_b_continue(struct pa_builder *b, struct pa_loc loc)
{
	struct b_frame *fr = inner(b, F_LOOP, F_LOOP, "continue");

	b->loc = loc;
	if (fr)
		jump(b, fr->next, loc);
	else
		b->cur = -1;
}

void pa_b_switch(struct pa_builder *b, struct pa_opnd v, struct pa_loc loc)
{
	int brk = label_new(b, 0);
	struct b_frame *fr = push(b, F_SWITCH);

	fr->brk = brk;
	fr->sw_block = b->cur;
	fr->sw_val = v;
	fr->sw_loc = loc;
	b->loc = loc;
	b->cur = -1;	/* what precedes the first case is unreachable */
}

/* A case label: reached from the switch (x) and by falling through. */
static void case_label(struct pa_builder *b, struct b_exit *x, struct pa_loc loc)
{
	struct b_frame *fr = inner(b, F_SWITCH, F_SWITCH, "case");
	int l = label_new(b, 0);

	b->loc = loc;
	if (!fr)
		return;
	if (fr->sw_block >= 0) {
		x->from = fr->sw_block;
		x->loc = fr->sw_loc;
		exit_to(b, l, x);
	}
	place(b, l);
}

void pa_b_case(struct pa_builder *b, long k, struct pa_loc loc)
{
	struct b_exit x = { X_JUMP, -1, -1, PA_OP_EQ, none, none, -1, 0, loc };
	struct b_frame *fr = inner(b, F_SWITCH, F_SWITCH, "case");

	if (fr && fr->sw_val.value >= 0) {
		x.kind = X_CASE;
		x.value = fr->sw_val.value;
		x.k = k;
	}
	case_label(b, &x, loc);
}

void pa_b_case_range(struct pa_builder *b, long lo, long hi, struct pa_loc loc)
{
	struct b_exit x = { X_JUMP, -1, -1, PA_OP_EQ, none, none, -1, 0, loc };

	if (lo == hi) {
		pa_b_case(b, lo, loc);
		return;
	}
	case_label(b, &x, loc);
}

void pa_b_default(struct pa_builder *b, struct pa_loc loc)
{
	struct b_exit x = { X_JUMP, -1, -1, PA_OP_EQ, none, none, -1, 0, loc };
	struct b_frame *fr = inner(b, F_SWITCH, F_SWITCH, "default");

	if (fr)
		fr->has_default = 1;
	case_label(b, &x, loc);
}

void pa_b_end_switch(struct pa_builder *b)
{
	struct b_frame *fr = top(b, F_SWITCH, "end of switch");

	if (!fr)
		return;
	if (!fr->has_default && fr->sw_block >= 0) {
		struct b_exit x = { X_JUMP, fr->sw_block, -1, PA_OP_EQ, none, none, -1, 0,
				    fr->sw_loc };

		exit_to(b, fr->brk, &x);
	}
	b->nfr--;
	place(b, fr->brk);
}

int pa_b_label(struct pa_builder *b)
{
	return label_new(b, 1);
}

void pa_b_place(struct pa_builder *b, int label)
{
	place(b, label);
}

void pa_b_goto(struct pa_builder *b, int label, struct pa_loc loc)
{
	b->loc = loc;
	jump(b, label, loc);
}
