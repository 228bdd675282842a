// SPDX-License-Identifier: GPL-2.0
/*
 * The analysis: per function, per object, a path-sensitive walk of the CFG
 * carrying the object's typestate and what is known of the signs of a few
 * values (results of calls with conditional effects, values tested more
 * than once).  Equal states meeting at a block are explored once, so loops
 * terminate; each state keeps its witness path.  Functions are visited
 * callee first (strongly connected components of the call graph), and each
 * leaves a summary that its callers apply as events.
 */
#include <stdio.h>
#include "engine.h"

const char *const pa_rule_ids[R_COUNT] = {
	[R_MISSING] = "missing-accessible",
	[R_BEFORE] = "accessible-before-mark",
	[R_UNCHECKED] = "unchecked-accessible",
	[R_AFTER_RELEASE] = "io-after-release",
};

/* ---- signs ------------------------------------------------------------------ */

static enum pa_cmp negate(enum pa_cmp op)
{
	switch (op) {
	case PA_EQ: return PA_NE;
	case PA_NE: return PA_EQ;
	case PA_LT: return PA_GE;
	case PA_LE: return PA_GT;
	case PA_GT: return PA_LE;
	default: return PA_LT;
	}
}

/* The signs x may have when (x OP k) holds: an over-approximation. */
static unsigned sign_of(enum pa_cmp op, long k)
{
	if (k == 0) {
		switch (op) {
		case PA_EQ: return SG_ZERO;
		case PA_NE: return SG_NEG | SG_POS;
		case PA_LT: return SG_NEG;
		case PA_LE: return SG_NEG | SG_ZERO;
		case PA_GT: return SG_POS;
		default: return SG_ZERO | SG_POS;
		}
	}
	if (k > 0) {
		switch (op) {
		case PA_EQ: case PA_GT: case PA_GE: return SG_POS;
		case PA_LT: return k == 1 ? (SG_NEG | SG_ZERO) : SG_ALL;
		default: return SG_ALL;
		}
	}
	switch (op) {
	case PA_EQ: case PA_LT: case PA_LE: return SG_NEG;
	case PA_GT: return k == -1 ? (SG_ZERO | SG_POS) : SG_ALL;
	default: return SG_ALL;
	}
}

static unsigned sign_const(long k)
{
	return k < 0 ? SG_NEG : k ? SG_POS : SG_ZERO;
}

/* Follow copies and comparisons from value v, known to have signs mask, to
 * the value it derives from; returns that root and its signs in *mask, or
 * CONST_ROOT if v derives from a constant (then *mask is what is left). */
#define CONST_ROOT (-2)

static int resolve(struct pa_func *f, int v, unsigned *mask)
{
	int guard = 0;

	while (v >= 0 && v < f->cap_vdef && f->vdef[v].defined && guard++ < 32) {
		struct value_def *d = &f->vdef[v];

		if (d->is_const) {
			*mask &= sign_const(d->k);
			return CONST_ROOT;
		}
		if (d->is_cmp) {
			unsigned m = 0;

			/* v is 0 or 1 */
			if (*mask & SG_POS)
				m |= sign_of(d->op, d->k);
			if (*mask & SG_ZERO)
				m |= sign_of(negate(d->op), d->k);
			*mask = m;
		}
		v = d->src;
	}
	return v;
}

static unsigned when_mask(enum pa_when w)
{
	switch (w) {
	case PA_WHEN_NONZERO: return SG_NEG | SG_POS;
	case PA_WHEN_POSITIVE: return SG_POS;
	case PA_WHEN_ZERO: return SG_ZERO;
	default: return SG_ALL;
	}
}

/* ---- path states --------------------------------------------------------- */

#define MAXCONS 8
/* A memory cell (an out-parameter flag) is kept among the values' signs
 * under a key no value has. */
#define MEMKEY(cls) (-(cls) - 3)

struct wstep {
	struct wstep *prev;
	enum pa_step_kind kind;
	struct pa_loc loc;
	const char *callee;	/* or, for a branch, NULL */
	int taken;		/* branch: 1 true, 0 false, 2 switch case */
	const char *inner;	/* summary: the primitive inside the callee */
	struct pa_loc inner_loc;
};

struct pstate {
	unsigned char ts, from_entry, ncons;
	unsigned char nested;	/* markers taken on top of one already held */
	unsigned char handed;	/* the path handed the object to I/O */
	struct { int value; unsigned char mask; } cons[MAXCONS];
	struct wstep *w;
};

/* Arena for witness steps of one exploration. */
struct arena {
	struct wstep **chunk;
	int nchunk, cap, used;
};

#define CHUNK 1024

static struct wstep *step_new(struct arena *a)
{
	if (!a->nchunk || a->used == CHUNK) {
		PA_GROW(a->chunk, a->nchunk, a->cap);
		a->chunk[a->nchunk++] = pa_xmalloc(sizeof(struct wstep) * CHUNK);
		a->used = 0;
	}
	return &a->chunk[a->nchunk - 1][a->used++];
}

static void arena_free(struct arena *a)
{
	int i;

	for (i = 0; i < a->nchunk; i++)
		free(a->chunk[i]);
	free(a->chunk);
	memset(a, 0, sizeof(*a));
}

static unsigned cons_get(const struct pstate *s, int v)
{
	int i;

	for (i = 0; i < s->ncons; i++)
		if (s->cons[i].value == v)
			return s->cons[i].mask;
	return SG_ALL;
}

/* Narrow v's signs; returns 0 if the path becomes infeasible. */
static int cons_and(struct pstate *s, int v, unsigned mask)
{
	int i, j;

	mask &= SG_ALL;
	for (i = 0; i < s->ncons; i++) {
		if (s->cons[i].value == v) {
			s->cons[i].mask &= mask;
			return s->cons[i].mask != 0;
		}
	}
	if (!mask)
		return 0;
	if (mask == SG_ALL || s->ncons == MAXCONS)
		return 1;
	/* keep sorted so that equal states compare equal */
	for (i = 0; i < s->ncons && s->cons[i].value < v; i++)
		;
	for (j = s->ncons; j > i; j--)
		s->cons[j] = s->cons[j - 1];
	s->cons[i].value = v;
	s->cons[i].mask = (unsigned char)mask;
	s->ncons++;
	return 1;
}

static void cons_kill(struct pstate *s, int v)
{
	int i;

	for (i = 0; i < s->ncons; i++) {
		if (s->cons[i].value == v) {
			memmove(&s->cons[i], &s->cons[i + 1],
				sizeof(s->cons[0]) * (size_t)(s->ncons - i - 1));
			s->ncons--;
			return;
		}
	}
}

static uint64_t pstate_hash(const struct pstate *s)
{
	uint64_t h = 1469598103934665603ULL;
	int i;

	h = (h ^ s->ts) * 1099511628211ULL;
	h = (h ^ s->from_entry) * 1099511628211ULL;
	h = (h ^ s->nested) * 1099511628211ULL;
	h = (h ^ s->handed) * 1099511628211ULL;
	for (i = 0; i < s->ncons; i++) {
		h = (h ^ (uint64_t)(unsigned)s->cons[i].value) * 1099511628211ULL;
		h = (h ^ s->cons[i].mask) * 1099511628211ULL;
	}
	return h ? h : 1;
}

/* ---- one exploration: an object from one entry state ----------------------- */

struct work {
	int block;
	struct pstate s;
};

struct explore {
	struct pa_func *f;
	int obj;			/* canonical node */
	int entry;			/* entry typestate */
	int report;			/* record findings (else only the summary) */
	unsigned char *interesting;	/* per value */
	int ninteresting;
	unsigned char *icell;		/* per node class: a flag cell followed */
	int flag_class;			/* the function's own out-parameter flag */
	struct arena arena;
	struct work *work;
	int nwork, capwork;
	uint64_t **seen;		/* per block: open-addressed hashes */
	int *seen_cap, *seen_n;
	int states, dropped;
	struct slot_entry *sum;		/* the object's slot, if a parameter */
	struct slot_entry *retsum;	/* the result's slot */
	struct finding_list *out;
};

struct found {
	int rule;
	struct pa_loc loc;
	int obj;
	int opnode;
	const char *callee;
	struct wstep *w;
	const char *inner;
	struct pa_loc inner_loc;
};

struct finding_list {
	struct found *f;
	int n, cap;
};

static int seen_add(struct explore *x, int b, uint64_t h)
{
	uint64_t *t = x->seen[b];
	int cap = x->seen_cap[b];
	int i;

	if (x->seen_n[b] * 2 >= cap) {
		int ncap = cap ? cap * 2 : 16;
		uint64_t *nt = pa_xcalloc((size_t)ncap, sizeof(uint64_t));

		for (i = 0; i < cap; i++) {
			uint64_t j;

			if (!t[i])
				continue;
			j = t[i] & (uint64_t)(ncap - 1);
			while (nt[j])
				j = (j + 1) & (uint64_t)(ncap - 1);
			nt[j] = t[i];
		}
		free(t);
		x->seen[b] = t = nt;
		x->seen_cap[b] = cap = ncap;
	}
	for (i = (int)(h & (uint64_t)(cap - 1)); t[i]; i = (i + 1) & (cap - 1))
		if (t[i] == h)
			return 0;
	t[i] = h;
	x->seen_n[b]++;
	return 1;
}

static struct wstep *add_step(struct explore *x, struct wstep *prev,
			      enum pa_step_kind kind, struct pa_loc loc,
			      const char *callee)
{
	struct wstep *w = step_new(&x->arena);

	memset(w, 0, sizeof(*w));
	w->prev = prev;
	w->kind = kind;
	w->loc = loc;
	w->callee = callee;
	return w;
}

static void found_add(struct explore *x, int rule, struct pa_loc loc,
		      const struct event *ev, struct wstep *w,
		      const char *inner, struct pa_loc inner_loc)
{
	struct finding_list *l = x->out;
	int i;

	for (i = 0; i < l->n; i++)
		if (l->f[i].rule == rule && l->f[i].obj == x->obj &&
		    l->f[i].loc.line == loc.line && l->f[i].loc.col == loc.col &&
		    l->f[i].loc.file == loc.file)
			return;
	PA_GROW(l->f, l->n, l->cap);
	l->f[l->n].rule = rule;
	l->f[l->n].loc = loc;
	l->f[l->n].obj = x->obj;
	l->f[l->n].opnode = ev->opnode;
	l->f[l->n].callee = ev->callee;
	l->f[l->n].inner = inner;
	l->f[l->n].inner_loc = inner_loc;
	/* the witness outlives the arena: copy the chain */
	{
		struct wstep *head = NULL, **tail = &head;

		for (; w; w = w->prev) {
			struct wstep *c = pa_xmalloc(sizeof(*c));

			*c = *w;
			c->prev = NULL;
			*tail = c;
			tail = &c->prev;
		}
		l->f[l->n].w = head;
	}
	l->n++;
}

/* An I/O on the object in state s. */
static void io_check(struct explore *x, struct pstate *s, const struct event *ev,
		     struct pa_loc loc, unsigned rules, struct slot_entry *inner)
{
	int r;

	for (r = 0; r < R_COUNT; r++) {
		if (!(rules & (1u << r)))
			continue;
		if (s->from_entry && x->sum) {
			/* caused by the caller's state: the caller reports it */
			if (!(x->sum->rules & (1u << r))) {
				x->sum->rules |= 1u << r;
				x->sum->io_loc[r] = inner ? inner->io_loc[r] : loc;
				x->sum->io_callee[r] = inner ? inner->io_callee[r] : ev->callee;
			}
			continue;
		}
		if (x->report && !s->from_entry) {
			struct wstep *w = add_step(x, s->w, PA_STEP_IO, loc, ev->callee);

			if (inner) {
				w->inner = inner->io_callee[r];
				w->inner_loc = inner->io_loc[r];
			}
			found_add(x, r, loc, ev, w, w->inner, w->inner_loc);
		}
	}
}

static int marked(int ts)
{
	return ts == TS_MARKED || ts == TS_MARKED_EARLY || ts == TS_READY ||
	       ts == TS_READY_UNCHECKED;
}

/* The findings an I/O causes in each state. */
static unsigned io_rules(int ts)
{
	switch (ts) {
	case TS_MARKED: return 1u << R_MISSING;
	case TS_MARKED_EARLY: return 1u << R_BEFORE;
	case TS_READY_UNCHECKED: return 1u << R_UNCHECKED;
	case TS_RELEASED: return 1u << R_AFTER_RELEASE;
	default: return 0;
	}
}

static int ts_after(int ts, enum ev_kind k, int checked, int collection)
{
	switch (k) {
	case EV_MARK:
		switch (ts) {
		case TS_UNTRACKED: case TS_RELEASED: return TS_MARKED;
		case TS_EARLY: return TS_MARKED_EARLY;
		default: return ts;
		}
	case EV_ACCESSIBLE:
		switch (ts) {
		case TS_MARKED: case TS_MARKED_EARLY:
			return checked ? TS_READY : TS_READY_UNCHECKED;
		case TS_READY_UNCHECKED:
			return checked ? TS_READY : ts;
		case TS_UNTRACKED: case TS_RELEASED: return TS_EARLY;
		default: return ts;
		}
	case EV_MARK_ACCESSIBLE:
		return TS_READY;
	case EV_RELEASE:
		return collection ? ts : TS_RELEASED;
	default:
		return ts;
	}
}

static enum pa_step_kind step_for(enum ev_kind k)
{
	switch (k) {
	case EV_MARK: return PA_STEP_MARK;
	case EV_ACCESSIBLE: case EV_MARK_ACCESSIBLE: return PA_STEP_ACCESSIBLE;
	case EV_RELEASE: return PA_STEP_RELEASE;
	default: return PA_STEP_CALL;
	}
}

struct sset {
	struct pstate *s;
	int n, cap;
};

static int pstate_same(const struct pstate *a, const struct pstate *b)
{
	int i;

	if (a->ts != b->ts || a->from_entry != b->from_entry || a->ncons != b->ncons ||
	    a->nested != b->nested || a->handed != b->handed)
		return 0;
	for (i = 0; i < a->ncons; i++)
		if (a->cons[i].value != b->cons[i].value || a->cons[i].mask != b->cons[i].mask)
			return 0;
	return 1;
}

/* Equal states within a block are kept once (the first witness wins), or
 * a run of forking calls would double them at every call. */
#define SSET_MAX 256

static void sset_push(struct sset *ss, const struct pstate *s)
{
	int i;

	for (i = 0; i < ss->n; i++)
		if (pstate_same(&ss->s[i], s))
			return;
	if (ss->n >= SSET_MAX)
		return;
	PA_GROW(ss->s, ss->n, ss->cap);
	ss->s[ss->n++] = *s;
}

static int only_exit(const struct slot_entry *e, int ts)
{
	int t;

	for (t = 0; t < TS_COUNT; t++)
		if (t != ts && e->exit_sign[t])
			return 0;
	return 1;
}

/* Apply one event of instruction in to every state of cur, into next. */
static void apply_event(struct explore *x, const struct instr *in,
			const struct event *ev, struct sset *cur, struct sset *next)
{
	struct pa_func *f = x->f;
	int collection = f->node[x->obj].collection;
	int rv = -1, i;
	unsigned rmask = SG_ALL;

	if (in->kind == I_CALL && in->res.value >= 0) {
		rmask = SG_ALL;
		rv = resolve(f, in->res.value, &rmask);
		if (rv >= 0 && (rv >= x->ninteresting || !x->interesting[rv]))
			rv = -1;
	}
	next->n = 0;
	for (i = 0; i < cur->n; i++) {
		struct pstate s = cur->s[i];

		if (ev->kind == EV_IO) {
			io_check(x, &s, ev, in->loc, io_rules(s.ts), NULL);
			s.handed = 1;
			sset_push(next, &s);
			continue;
		}
		if (ev->kind == EV_SUMMARY) {
			struct slot_entry *e = &ev->slot->e[s.ts];
			int t, t0, any = 0;

			if (e->unknown) {
				sset_push(next, &s);
				continue;
			}
			if (e->rules)
				io_check(x, &s, ev, in->loc, e->rules, e);
			for (t0 = 0; t0 < TS_COUNT; t0++) {
				struct pstate n = s;

				if (!e->exit_sign[t0])
					continue;
				any = 1;
				if (rv >= 0 && !cons_and(&n, rv, e->exit_sign[t0]))
					continue;
				/* an element set stays marked when one element is released */
				/* the caller's flag cell takes the callee's flag at this exit */
				if (ev->flag_node >= 0 && x->icell[ev->flag_node]) {
					cons_kill(&n, MEMKEY(ev->flag_node));
					if (e->flag_sign[t0] &&
					    !cons_and(&n, MEMKEY(ev->flag_node), e->flag_sign[t0]))
						continue;
				}
				t = t0 == TS_RELEASED && f->node[x->obj].collection ? s.ts : t0;
				/* a callee that releases on some exits only (often a field
				 * holding another page): the state is unknown, not released */
				if (t == TS_RELEASED && !only_exit(e, TS_RELEASED))
					t = TS_UNTRACKED;
				if (t != s.ts) {
					enum ev_kind k = t == TS_MARKED ? EV_MARK :
						t == TS_RELEASED ? EV_RELEASE :
						t == TS_UNTRACKED ? EV_SUMMARY : EV_ACCESSIBLE;

					n.ts = (unsigned char)t;
					n.from_entry = 0;
					n.w = add_step(x, s.w, step_for(k), in->loc, ev->callee);
				}
				sset_push(next, &n);
			}
			if (!any)	/* never returns: the path ends */
				continue;
			continue;
		}
		/* a rule: the effect, under its condition on the result */
		{
			struct pstate n = s;
			int t = ts_after(s.ts, ev->kind, ev->checked, collection);

			/* references nest: a release drops the last marker taken */
			if (ev->kind == EV_MARK && marked(s.ts) && n.nested < 3)
				n.nested++;
			else if (ev->kind == EV_RELEASE && n.nested) {
				n.nested--;
				t = s.ts;
			}

			if (ev->when != SG_ALL && rv >= 0) {
				struct pstate o = s;

				if (cons_and(&o, rv, SG_ALL & ~ev->when))
					sset_push(next, &o);
				if (!cons_and(&n, rv, ev->when))
					continue;
			}
			{
				/* the function's own event: what follows is its own doing */
				n.from_entry = 0;
				n.ts = (unsigned char)t;
				/* a repeated mark keeps the first one's note */
				if (t != s.ts || ev->kind == EV_ACCESSIBLE ||
				    ev->kind == EV_MARK_ACCESSIBLE)
					n.w = add_step(x, s.w, step_for(ev->kind), in->loc,
						       ev->callee);
			}
			sset_push(next, &n);
		}
	}
}

static void exit_record(struct explore *x, const struct pstate *s,
			const struct instr *in)
{
	struct pa_func *f = x->f;
	unsigned sign = SG_ALL;

	if (in->res.is_cst)
		sign = sign_const(in->res.cst);
	else if (in->res.value >= 0) {
		unsigned m = SG_ALL;
		int v = resolve(f, in->res.value, &m);

		if (v >= 0)
			m &= cons_get(s, v);
		sign = m ? m : SG_ALL;
	}
	unsigned flag = x->flag_class >= 0 ? cons_get(s, MEMKEY(x->flag_class)) : 0;

	if (x->sum) {
		int ts = s->ts;

		/* a reference taken on a path that hands the page to I/O (push_page:
		 * the pipe buffer's) belongs to the receiver, not to the caller */
		if (s->handed && marked(ts) && !marked(x->entry))
			ts = x->entry;
		x->sum->exit_sign[ts] |= (unsigned char)sign;
		x->sum->flag_sign[ts] |= (unsigned char)flag;
	}
	if (x->retsum) {
		int mine = in->res.node >= 0 && pa_find(f, in->res.node) == x->obj;

		x->retsum->exit_sign[mine ? s->ts : TS_UNTRACKED] |= (unsigned char)sign;
		x->retsum->flag_sign[mine ? s->ts : TS_UNTRACKED] |= (unsigned char)flag;
	}
}

/* Entering block to from block from: its PHIs take their arguments. */
static int phi_copy(struct explore *x, int from, int to, struct pstate *s)
{
	struct block *b = &x->f->blk[to];
	int i;

	for (i = 0; i < b->nphi; i++) {
		struct phi *p = &b->phi[i];
		unsigned m = SG_ALL;
		int v;

		if (p->from != from || p->dst >= x->ninteresting || !x->interesting[p->dst])
			continue;
		if (p->src.is_cst) {
			m = sign_const(p->src.cst);
		} else if (p->src.value >= 0) {
			v = resolve(x->f, p->src.value, &m);
			if (v >= 0)
				m &= cons_get(s, v);
		}
		cons_kill(s, p->dst);
		if (!cons_and(s, p->dst, m))
			return 0;
	}
	return 1;
}

static void push_work(struct explore *x, int block, const struct pstate *s)
{
	if (!seen_add(x, block, pstate_hash(s)))
		return;
	PA_GROW(x->work, x->nwork, x->capwork);
	x->work[x->nwork].block = block;
	x->work[x->nwork].s = *s;
	x->nwork++;
}

/* Does the call put a new value into the object (its result is the object,
 * and the call is not a conversion of the same object)? */
static int redefines(struct explore *x, const struct instr *in)
{
	struct pa_func *f = x->f;
	const struct pa_rule *r;
	int e;

	if (f->node[x->obj].collection)
		return 0;
	for (r = pa_rules_find(f->unit->rules, in->callee); r;
	     r = pa_rules_next(f->unit->rules, r))
		if (r->role == PA_ROLE_SAME)
			return 0;
	/* f(&x): an out-parameter, which lookups fill with a new page (the
	 * callee's summary, if any, applies after) */
	for (e = 0; e < in->nargs; e++) {
		int a = in->args[e].node;

		if (a >= 0 && f->node[a].kind == N_ADDR && pa_find(f, f->node[a].base) == x->obj)
			return 1;
	}
	if (in->res.node < 0 || pa_find(f, in->res.node) != x->obj)
		return 0;
	for (e = 0; e < in->nev; e++)
		if (in->ev[e].node == x->obj && in->ev[e].kind == EV_SUMMARY &&
		    in->ev[e].slot->param != 0)
			return 0;	/* a summary of an argument: keep the state */
	for (e = 0; e < in->nargs; e++)
		if (in->args[e].node >= 0 && pa_find(f, in->args[e].node) == x->obj)
			return 0;	/* p = f(p): may well be the same page */
	return 1;
}

static void explore_run(struct explore *x)
{
	struct pa_func *f = x->f;
	struct pstate init = { 0 };
	struct sset cur = { 0 }, next = { 0 };
	int budget = f->unit->budget;
	int head = 0;

	init.ts = (unsigned char)x->entry;
	init.from_entry = x->entry != TS_UNTRACKED;
	x->seen = pa_xcalloc((size_t)f->nblk, sizeof(uint64_t *));
	x->seen_cap = pa_xcalloc((size_t)f->nblk, sizeof(int));
	x->seen_n = pa_xcalloc((size_t)f->nblk, sizeof(int));
	push_work(x, f->entry, &init);

	/* breadth first, so that the first witness is a short one */
	while (head < x->nwork) {
		struct work wk = x->work[head++];
		struct block *b = &f->blk[wk.block];
		int i, j, e;

		if (++x->states > budget) {
			x->dropped = 1;
			break;
		}
		cur.n = 0;
		sset_push(&cur, &wk.s);
		for (i = 0; i < b->nins && cur.n; i++) {
			struct instr *in = &b->ins[i];

			if (in->kind == I_DEF) {
				for (j = 0; j < cur.n; j++)
					cons_kill(&cur.s[j], in->value);
				continue;
			}
			if (in->kind == I_SETCONST) {
				int c = pa_find(f, in->dst_node);

				for (j = 0; j < cur.n && x->icell[c]; j++) {
					cons_kill(&cur.s[j], MEMKEY(c));
					cons_and(&cur.s[j], MEMKEY(c), sign_const(in->res.cst));
				}
				continue;
			}
			if (in->kind == I_LOAD) {
				int c = in->dst_node >= 0 ? pa_find(f, in->dst_node) : -1;

				for (j = 0; j < cur.n; j++) {
					cons_kill(&cur.s[j], in->value);
					if (c >= 0 && x->icell[c] && in->value < x->ninteresting &&
					    x->interesting[in->value])
						cons_and(&cur.s[j], in->value,
							 cons_get(&cur.s[j], MEMKEY(c)));
				}
				continue;
			}
			if (in->kind == I_CALL) {
				/* f(&cell): the callee may write the cell */
				for (e = 0; e < in->nargs; e++) {
					int a = in->args[e].node, c;

					if (a < 0 || f->node[a].kind != N_ADDR)
						continue;
					c = pa_find(f, f->node[a].base);
					for (j = 0; j < cur.n && x->icell[c]; j++)
						cons_kill(&cur.s[j], MEMKEY(c));
				}
			}
			if (in->kind == I_RETURN) {
				for (j = 0; j < cur.n; j++)
					exit_record(x, &cur.s[j], in);
				cur.n = 0;
				break;
			}
			if (in->kind == I_CALL && in->res.value >= 0) {
				unsigned m = SG_ALL;
				int v = resolve(f, in->res.value, &m);

				/* a call redefines its result (loops) */
				for (j = 0; j < cur.n && v >= 0; j++)
					cons_kill(&cur.s[j], v);
			}
			if (in->kind == I_CALL && redefines(x, in))
				for (j = 0; j < cur.n; j++) {
					/* a new page in the same variable */
					cur.s[j].ts = TS_UNTRACKED;
					cur.s[j].from_entry = 0;
					cur.s[j].nested = 0;
				}
			for (e = 0; e < in->nev; e++) {
				struct sset t;

				if (in->ev[e].node != x->obj)
					continue;
				apply_event(x, in, &in->ev[e], &cur, &next);
				t = cur;
				cur = next;
				next = t;
			}
		}
		if (!cur.n)
			continue;
		/* a block without successors and without a return: the path ends */
		for (e = 0; e < b->nsucc; e++) {
			struct edge *ed = &b->succ[e];

			for (j = 0; j < cur.n; j++) {
				struct pstate s = cur.s[j];

				if (ed->value >= 0) {
					unsigned m = sign_of(ed->op, ed->k);
					int v = resolve(f, ed->value, &m);

					if (v == CONST_ROOT && !m)
						continue;
					if (v >= 0 && v < x->ninteresting && x->interesting[v] &&
					    !cons_and(&s, v, m))
						continue;
				}
				if (!phi_copy(x, wk.block, ed->to, &s))
					continue;
				if (b->nsucc > 1 && s.w) {
					s.w = add_step(x, s.w, PA_STEP_BRANCH, ed->loc, NULL);
					s.w->taken = ed->sense == 1 ? 1 : ed->sense == 0 ? 0 : 2;
				}
				push_work(x, ed->to, &s);
			}
		}
	}
	f->unit->stats.states += x->states;
	free(cur.s);
	free(next.s);
	for (head = 0; head < f->nblk; head++)
		free(x->seen[head]);
	free(x->seen);
	free(x->seen_cap);
	free(x->seen_n);
	free(x->work);
	arena_free(&x->arena);
}

/* ---- per function -------------------------------------------------------- */

/* The path from a parameter to node n's class, if it has one. */
struct ppath {
	int param;
	int nsteps;
	int elem[SLOT_STEPS];
	const char *tag[SLOT_STEPS], *field[SLOT_STEPS];
};

static void param_paths(struct pa_func *f, struct ppath *pp)
{
	int n, changed = 1, guard = 0;

	for (n = 0; n < f->nnode; n++)
		pp[n].param = 0;
	for (n = 0; n < f->nnode; n++)
		if (f->node[n].kind == N_ROOT && f->node[n].param) {
			int r = pa_find(f, n);

			if (!pp[r].param || pp[r].nsteps) {
				pp[r].param = f->node[n].param;
				pp[r].nsteps = 0;
			}
		}
	while (changed && guard++ < SLOT_STEPS + 1) {
		changed = 0;
		for (n = 0; n < f->nnode; n++) {
			struct node *nd = &f->node[n];
			int b, r;

			if (nd->kind != N_FIELD && nd->kind != N_ELEM)
				continue;
			b = pa_find(f, nd->base);
			r = pa_find(f, n);
			if (!pp[b].param || pp[b].nsteps == SLOT_STEPS)
				continue;
			if (pp[r].param && pp[r].nsteps <= pp[b].nsteps + 1)
				continue;
			pp[r] = pp[b];
			pp[r].elem[pp[r].nsteps] = nd->kind == N_ELEM;
			pp[r].tag[pp[r].nsteps] = nd->tag;
			pp[r].field[pp[r].nsteps] = nd->field;
			pp[r].nsteps++;
			changed = 1;
		}
	}
}

static int is_primitive(struct pa_unit *u, const char *name)
{
	return pa_rules_find(u->rules, name) != NULL;
}

static void add_event(struct instr *in, enum ev_kind kind, int node,
		      unsigned when, const struct pa_rule *rule, struct slot *slot)
{
	struct event *ev;

	if (node < 0)
		return;
	PA_GROW(in->ev, in->nev, in->cap_ev);
	ev = &in->ev[in->nev++];
	memset(ev, 0, sizeof(*ev));
	ev->kind = kind;
	ev->node = node;
	ev->opnode = node;
	ev->when = (unsigned char)when;
	ev->rule = rule;
	ev->slot = slot;
	ev->flag_node = -1;
	ev->callee = in->callee;
	ev->checked = in->res.value >= 0 || in->res.node >= 0;
}

static int slot_node(struct pa_func *f, const struct instr *in, const struct slot *sl)
{
	int n, i;

	if (sl->param == 0)
		n = in->res.node;
	else if (sl->param <= in->nargs)
		n = in->args[sl->param - 1].node;
	else
		n = -1;
	for (i = 0; i < sl->nsteps && n >= 0; i++)
		n = sl->step[i].elem ? pa_node_elem(f, n) :
			pa_node_field(f, n, sl->step[i].tag, sl->step[i].field);
	return n;
}

/* Is object obj the address of a global that rules say is never guest
 * memory? */
static int exempt(struct pa_func *f, int obj)
{
	const struct pa_rules *rs = f->unit->rules;
	int n;

	for (n = 0; n < f->nnode; n++) {
		struct node *nd = &f->node[n];
		const struct pa_rule *r;

		/* &global, or an array global itself (it decays to its address) */
		if (nd->kind == N_ADDR)
			nd = &f->node[nd->base];
		else if (nd->kind != N_ROOT)
			continue;
		if (nd->kind != N_ROOT || !nd->display || pa_find(f, n) != obj)
			continue;
		for (r = pa_rules_find(rs, nd->display); r; r = pa_rules_next(rs, r))
			if (r->role == PA_ROLE_EXEMPT)
				return 1;
	}
	return 0;
}

static int spath_node(struct pa_func *f, const struct instr *in, const struct spath *sp)
{
	int n, i;

	if (sp->param < 1 || sp->param > in->nargs)
		return -1;
	n = in->args[sp->param - 1].node;
	for (i = 0; i < sp->nsteps && n >= 0; i++)
		n = sp->step[i].elem ? pa_node_elem(f, n) :
			pa_node_field(f, n, sp->step[i].tag, sp->step[i].field);
	return n;
}

/* The path from a parameter to node n itself (not its class), or 0. */
static int node_path(struct pa_func *f, int n, struct spath *sp, int depth)
{
	struct node *nd = &f->node[n];

	if (nd->kind == N_ROOT) {
		if (!nd->param)
			return 0;
		sp->param = nd->param;
		sp->nsteps = 0;
		return 1;
	}
	if ((nd->kind != N_FIELD && nd->kind != N_ELEM) || depth >= SLOT_STEPS)
		return 0;
	/* from the base's class: any of its members rooted at a parameter */
	{
		int rb = pa_find(f, nd->base), m;

		for (m = 0; m < f->nnode; m++) {
			if (m == n || pa_find(f, m) != rb || f->node[m].kind == N_ADDR)
				continue;
			if (f->node[m].kind != N_ROOT && m > n)
				continue;	/* bases are made before their children */
			if (node_path(f, m, sp, depth + 1) && sp->nsteps < SLOT_STEPS) {
				sp->step[sp->nsteps].elem = nd->kind == N_ELEM;
				sp->step[sp->nsteps].tag = nd->tag;
				sp->step[sp->nsteps].field = nd->field;
				sp->nsteps++;
				return 1;
			}
		}
	}
	return 0;
}

static int spath_equal(const struct spath *a, const struct spath *b)
{
	int i;

	if (a->param != b->param || a->nsteps != b->nsteps)
		return 0;
	for (i = 0; i < a->nsteps; i++)
		if (a->step[i].elem != b->step[i].elem || a->step[i].field != b->step[i].field)
			return 0;
	return 1;
}

/* Objects the function reaches from two parameter paths: its callers make
 * the two arguments' objects one. */
static void find_aliases(struct pa_func *f, struct summary *sum, const unsigned char *tracked)
{
	int n, m;

	for (n = 0; n < f->nnode; n++) {
		struct spath first, other;
		int r = pa_find(f, n), have = 0;

		if (r != n || f->node[n].kind == N_ADDR)
			continue;
		(void)tracked;
		for (m = 0; m < f->nnode && sum->nalias < 64; m++) {
			struct spath *dst = have ? &other : &first;

			if (pa_find(f, m) != r || f->node[m].kind == N_ADDR ||
			    !node_path(f, m, dst, 0))
				continue;
			if (!have) {
				have = 1;
				continue;
			}
			if (spath_equal(&first, &other))
				continue;
			{
				int k, dup = 0;

				for (k = 0; k < sum->nalias; k++)
					if ((spath_equal(&sum->alias[k].a, &first) &&
					     spath_equal(&sum->alias[k].b, &other)))
						dup = 1;
				if (dup)
					continue;
			}
			PA_GROW(sum->alias, sum->nalias, sum->cap_alias);
			sum->alias[sum->nalias].a = first;
			sum->alias[sum->nalias].b = other;
			sum->nalias++;
		}
	}
}

/* Turn each call and store into events on objects. */
static void resolve_events(struct pa_func *f)
{
	struct pa_unit *u = f->unit;
	int b, i, e;

	pa_func_apply_rules(f);
	for (b = 0; b < f->nblk; b++) {
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];
			const struct pa_rule *r;
			struct pa_func *callee;

			in->nev = 0;
			if (in->kind == I_STORE) {
				struct node *d = &f->node[in->dst_node];

				if (d->kind == N_FIELD &&
				    pa_rules_field(u->rules, PA_ROLE_IO, d->tag, d->field)) {
					r = pa_rules_field(u->rules, PA_ROLE_IO, d->tag, d->field);
					in->callee = pa_str(u, r->name);
					add_event(in, EV_IO, in->res.node, SG_ALL, r, NULL);
				}
				continue;
			}
			if (in->kind != I_CALL)
				continue;
			callee = is_primitive(u, in->callee) ? NULL : pa_unit_func(u, f, in->callee);
			if (callee && callee->has_sum)
				for (e = 0; e < callee->sum.nalias; e++)
					pa_node_same(f, spath_node(f, in, &callee->sum.alias[e].a),
						     spath_node(f, in, &callee->sum.alias[e].b));
			for (r = pa_rules_find(u->rules, in->callee); r;
			     r = pa_rules_next(u->rules, r)) {
				int n = -1;
				enum ev_kind k;

				if (r->role == PA_ROLE_SAME || r->role == PA_ROLE_NEUTRAL ||
				    r->role == PA_ROLE_EXEMPT || r->kind == PA_KIND_FIELD)
					continue;
				if (r->obj == PA_OBJ_RET)
					n = in->res.node;
				else if (r->argno <= in->nargs)
					n = in->args[r->argno - 1].node;
				if (r->obj == PA_OBJ_OUT)
					n = pa_node_elem(f, n);
				else if (r->obj == PA_OBJ_OUTALLOC)
					n = pa_node_elem(f, pa_node_elem(f, n));
				k = r->role == PA_ROLE_MARK ? EV_MARK :
					r->role == PA_ROLE_MARK_ACCESSIBLE ? EV_MARK_ACCESSIBLE :
					r->role == PA_ROLE_ACCESSIBLE ? EV_ACCESSIBLE :
					r->role == PA_ROLE_RELEASE ? EV_RELEASE : EV_IO;
				add_event(in, k, n, when_mask(r->when), r, NULL);
			}
			if (in->nev || !callee || !callee->has_sum)
				continue;
			for (e = 0; e < callee->sum.nslot; e++) {
				add_event(in, EV_SUMMARY, slot_node(f, in, &callee->sum.slot[e]),
					  SG_ALL, NULL, &callee->sum.slot[e]);
				if (in->nev && in->ev[in->nev - 1].slot == &callee->sum.slot[e])
					in->ev[in->nev - 1].flag_node = callee->sum.has_flag ?
						spath_node(f, in, &callee->sum.flag) : -1;
			}
		}
	}
	/* canonical objects, once every node exists; events on kernel memory
	 * that is never a guest's (the zero page) are dropped */
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			for (e = 0; e < in->nev; e++) {
				in->ev[e].node = pa_find(f, in->ev[e].node);
				if (in->ev[e].flag_node >= 0)
					in->ev[e].flag_node = pa_find(f, in->ev[e].flag_node);
			}
			for (e = 0; e < in->nev; e++)
				if (exempt(f, in->ev[e].node))
					in->ev[e--] = in->ev[--in->nev];
		}
}

/* Values worth a sign: results of calls whose effects depend on them, and
 * values that two branches test. */
static unsigned char *interesting_values(struct pa_func *f, int *nval)
{
	int n = f->cap_vdef, b, i, e;
	unsigned char *iv, *count;

	for (b = 0; b < f->nblk; b++) {
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			if (in->res.value >= n)
				n = in->res.value + 1;
			if (in->value >= n)
				n = in->value + 1;
		}
		for (e = 0; e < f->blk[b].nsucc; e++)
			if (f->blk[b].succ[e].value >= n)
				n = f->blk[b].succ[e].value + 1;
		for (e = 0; e < f->blk[b].nphi; e++) {
			if (f->blk[b].phi[e].dst >= n)
				n = f->blk[b].phi[e].dst + 1;
			if (f->blk[b].phi[e].src.value >= n)
				n = f->blk[b].phi[e].src.value + 1;
		}
	}
	iv = pa_xcalloc((size_t)n + 1, 1);
	count = pa_xcalloc((size_t)n + 1, 1);
	for (b = 0; b < f->nblk; b++) {
		int last = -1;

		for (e = 0; e < f->blk[b].nsucc; e++) {
			struct edge *ed = &f->blk[b].succ[e];
			unsigned m = SG_ALL;
			int v;

			if (ed->value < 0)
				continue;
			v = resolve(f, ed->value, &m);
			if (v < 0 || v >= n || v == last)
				continue;
			last = v;	/* two edges of one branch are one test */
			if (count[v] < 255)
				count[v]++;
			if (count[v] >= 2)
				iv[v] = 1;
		}
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];
			int cond = 0;

			for (e = 0; e < in->nev; e++) {
				struct event *ev = &in->ev[e];

				if (ev->when != SG_ALL)
					cond = 1;
				if (ev->kind == EV_SUMMARY) {
					int t, s;

					for (s = 0; s < TS_COUNT; s++)
						for (t = 0; t < TS_COUNT; t++)
							if (ev->slot->e[s].exit_sign[t] &&
							    ev->slot->e[s].exit_sign[t] != SG_ALL)
								cond = 1;
				}
			}
			if (cond && in->res.value >= 0) {
				unsigned m = SG_ALL;
				int v = resolve(f, in->res.value, &m);

				if (v >= 0 && v < n)
					iv[v] = 1;
			}
		}
	}
	/* returned values carry the result's sign into the summary; PHIs pass
	 * signs along, both ways */
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];
			unsigned m = SG_ALL;
			int v;

			if (in->kind != I_RETURN || in->res.value < 0)
				continue;
			v = resolve(f, in->res.value, &m);
			if (v >= 0 && v < n)
				iv[v] = 1;
		}
	for (int changed = 1, guard = 0; changed && guard < 16; guard++) {
		changed = 0;
		for (b = 0; b < f->nblk; b++)
			for (i = 0; i < f->blk[b].nphi; i++) {
				struct phi *p = &f->blk[b].phi[i];
				unsigned m = SG_ALL;
				int v = p->src.value >= 0 ? resolve(f, p->src.value, &m) : -1;

				if (p->dst >= n || v >= n)
					continue;
				if (v >= 0 && iv[p->dst] != iv[v]) {
					iv[p->dst] = iv[v] = 1;
					changed = 1;
				}
			}
	}
	free(count);
	*nval = n;
	return iv;
}

/* Memory cells worth following: the function's own out-parameter flag (a
 * parameter's cell that receives constants), and the cells where callees
 * leave their flags; values loaded from them become interesting. */
static unsigned char *flag_cells(struct pa_func *f, const struct ppath *pp,
				 unsigned char *iv, int niv, struct summary *sum,
				 int *own)
{
	unsigned char *ic = pa_xcalloc((size_t)f->nnode + 1, 1);
	int b, i, e;

	*own = -1;
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			if (in->kind == I_SETCONST) {
				int c = pa_find(f, in->dst_node);

				if (pp[c].param && (*own < 0 || *own == c)) {
					*own = c;
					ic[c] = 1;
				}
			}
			for (e = 0; e < in->nev; e++)
				if (in->ev[e].flag_node >= 0)
					ic[in->ev[e].flag_node] = 1;
		}
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			if (in->kind == I_LOAD && in->dst_node >= 0 &&
			    ic[pa_find(f, in->dst_node)] && in->value < niv)
				iv[in->value] = 1;
		}
	if (*own >= 0) {
		const struct ppath *p = &pp[*own];

		sum->has_flag = 1;
		sum->flag.param = p->param;
		sum->flag.nsteps = p->nsteps;
		for (i = 0; i < p->nsteps; i++) {
			sum->flag.step[i].elem = p->elem[i];
			sum->flag.step[i].tag = p->tag[i];
			sum->flag.step[i].field = p->field[i];
		}
	}
	return ic;
}

static struct slot *slot_for(struct summary *sum, const struct ppath *pp, int param)
{
	struct slot *sl;
	int i;

	for (i = 0; i < sum->nslot; i++) {
		sl = &sum->slot[i];
		if (sl->param == param && sl->nsteps == (param ? pp->nsteps : 0)) {
			int j, same = 1;

			for (j = 0; param && j < sl->nsteps; j++)
				if (sl->step[j].elem != pp->elem[j] ||
				    sl->step[j].field != pp->field[j])
					same = 0;
			if (same)
				return sl;
		}
	}
	PA_GROW(sum->slot, sum->nslot, sum->cap);
	sl = &sum->slot[sum->nslot++];
	memset(sl, 0, sizeof(*sl));
	sl->param = param;
	if (param) {
		sl->nsteps = pp->nsteps;
		for (i = 0; i < pp->nsteps; i++) {
			sl->step[i].elem = pp->elem[i];
			sl->step[i].tag = pp->tag[i];
			sl->step[i].field = pp->field[i];
		}
	}
	return sl;
}

static int summary_equal(const struct summary *a, const struct summary *b)
{
	int i, j;

	if (a->nslot != b->nslot || a->nalias != b->nalias || a->has_flag != b->has_flag)
		return 0;
	for (i = 0; i < a->nslot; i++) {
		if (a->slot[i].param != b->slot[i].param)
			return 0;
		for (j = 0; j < TS_COUNT; j++)
			if (memcmp(a->slot[i].e[j].exit_sign, b->slot[i].e[j].exit_sign,
				   sizeof(a->slot[i].e[j].exit_sign)) ||
			    memcmp(a->slot[i].e[j].flag_sign, b->slot[i].e[j].flag_sign,
				   sizeof(a->slot[i].e[j].flag_sign)) ||
			    a->slot[i].e[j].rules != b->slot[i].e[j].rules ||
			    a->slot[i].e[j].unknown != b->slot[i].e[j].unknown)
				return 0;
	}
	return 1;
}

static void make_findings(struct pa_func *f, struct finding_list *l);

/* Analyze f: its summary, and with report its findings.  Returns 1 if the
 * summary changed. */
static int analyze_func(struct pa_func *f, int report)
{
	struct summary sum = { 0 };
	struct finding_list found = { 0 };
	struct ppath *pp;
	unsigned char *iv, *tracked, *icell;
	int niv, b, i, e, changed, own_flag;
	int has_ret = 0;

	resolve_events(f);
	pp = pa_xcalloc((size_t)f->nnode + 1, sizeof(*pp));
	param_paths(f, pp);
	iv = interesting_values(f, &niv);
	icell = flag_cells(f, pp, iv, niv, &sum, &own_flag);
	tracked = pa_xcalloc((size_t)f->nnode + 1, 1);

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			for (e = 0; e < in->nev; e++)
				tracked[in->ev[e].node] = 1;
			if (in->kind == I_RETURN && (in->res.node >= 0 || in->res.is_cst))
				has_ret = 1;
		}

	for (i = 0; i < f->nnode; i++) {
		struct slot *psl = NULL, *rsl = NULL;
		int entry, nentry;

		if (!tracked[i] || pa_find(f, i) != i)
			continue;
		f->unit->stats.objects++;
		if (pp[i].param)
			psl = slot_for(&sum, &pp[i], pp[i].param);
		if (has_ret)
			rsl = slot_for(&sum, NULL, 0);
		nentry = psl ? TS_COUNT : 1;
		for (entry = 0; entry < nentry; entry++) {
			struct explore x = { 0 };

			x.f = f;
			x.obj = i;
			x.entry = entry;
			x.report = report && entry == TS_UNTRACKED;
			x.interesting = iv;
			x.ninteresting = niv;
			x.icell = icell;
			x.flag_class = own_flag;
			x.sum = psl ? &psl->e[entry] : NULL;
			x.retsum = entry == TS_UNTRACKED ? (rsl ? &rsl->e[0] : NULL) : NULL;
			x.out = &found;
			explore_run(&x);
			if (x.dropped) {
				f->unit->stats.dropped++;
				if (x.sum)
					x.sum->unknown = 1;
				if (x.retsum)
					x.retsum->unknown = 1;
			}
		}
	}
	find_aliases(f, &sum, tracked);
	/* the result slot applies whatever the caller's state of the result */
	for (i = 0; i < sum.nslot; i++)
		if (sum.slot[i].param == 0)
			for (e = 1; e < TS_COUNT; e++)
				sum.slot[i].e[e] = sum.slot[i].e[0];
	/* a slot that changes nothing and finds nothing is dropped */
	for (i = 0; i < sum.nslot; i++) {
		struct slot *sl = &sum.slot[i];
		int s, t, useful = 0;

		for (s = 0; s < TS_COUNT; s++) {
			if (sl->e[s].rules)
				useful = 1;
			for (t = 0; t < TS_COUNT; t++)
				if (sl->e[s].exit_sign[t] && (t != s || sl->e[s].exit_sign[t] != SG_ALL))
					if (!(sl->param == 0 && t == TS_UNTRACKED))
						useful = 1;
		}
		if (sl->param == 0) {
			for (t = 1; t < TS_COUNT; t++)
				if (sl->e[0].exit_sign[t])
					useful = 1;
		}
		if (!useful) {
			sum.slot[i] = sum.slot[--sum.nslot];
			i--;
		}
	}
	changed = !f->has_sum || !summary_equal(&sum, &f->sum);
	free(f->sum.slot);
	free(f->sum.alias);
	f->sum = sum;
	f->has_sum = 1;
	if (report)
		make_findings(f, &found);
	for (i = 0; i < found.n; i++) {
		struct wstep *w = found.f[i].w, *n;

		for (; w; w = n) {
			n = w->prev;
			free(w);
		}
	}
	free(found.f);
	free(pp);
	free(iv);
	free(icell);
	free(tracked);
	return changed;
}

/* ---- findings -------------------------------------------------------------- */

static const char *object_name(struct pa_func *f, int obj, int opnode)
{
	const char *best = NULL;
	int n;

	if (opnode >= 0 && (best = pa_node_display(f, opnode)))
		return best;
	for (n = 0; n < f->nnode; n++) {
		const char *d;

		if (pa_find(f, n) != obj || !(d = pa_node_display(f, n)))
			continue;
		if (!best || strlen(d) < strlen(best))
			best = d;
	}
	return best ? best : "<temporary>";
}

static const char *last_callee(struct wstep *w, enum pa_step_kind k)
{
	for (; w; w = w->prev)
		if (w->kind == k)
			return w->callee;
	return NULL;
}

/* "bio_add_page()", or "a store to pipe_buffer.page" for a field rule */
static const char *desc(struct pa_unit *u, const char *callee)
{
	char buf[256];

	if (!callee)
		return "a call";
	snprintf(buf, sizeof(buf), strchr(callee, '.') ? "a store to %s" : "%s()", callee);
	return pa_str(u, buf);
}

static void make_findings(struct pa_func *f, struct finding_list *l)
{
	struct pa_unit *u = f->unit;
	int i;

	for (i = 0; i < l->n; i++) {
		struct found *fo = &l->f[i];
		struct pa_finding *fd;
		const char *obj = object_name(f, fo->obj, fo->opnode);
		const char *io = desc(u, fo->callee);
		const char *mark = desc(u, last_callee(fo->w->prev, PA_STEP_MARK));
		const char *acc = desc(u, last_callee(fo->w->prev, PA_STEP_ACCESSIBLE));
		const char *rel = desc(u, last_callee(fo->w->prev, PA_STEP_RELEASE));
		struct wstep *w, *steps[64];
		int n = 0, j, nbranch = 0;

		PA_GROW(u->fd, u->nfd, u->cap_fd);
		fd = &u->fd[u->nfd++];
		memset(fd, 0, sizeof(*fd));
		fd->rule = pa_rule_ids[fo->rule];
		fd->loc = fo->loc;
		fd->function = f->name;
		fd->fe_decl = f->fe_decl;
		fd->object = pa_xstrdup(obj);
		switch (fo->rule) {
		case R_MISSING:
			fd->message = pa_xasprintf("I/O on '%s' in %s after %s marked it, "
						   "with no arch_make_page_accessible() or "
						   "arch_make_folio_accessible() after the mark",
						   obj, io, mark);
			break;
		case R_BEFORE:
			fd->message = pa_xasprintf("I/O on '%s' in %s: %s made it accessible "
						   "before %s marked it, not after",
						   obj, io, acc, mark);
			break;
		case R_UNCHECKED:
			fd->message = pa_xasprintf("I/O on '%s' in %s although the result of "
						   "%s was not checked", obj, io, acc);
			break;
		default:
			fd->message = pa_xasprintf("I/O on '%s' in %s after %s dropped its marker",
						   obj, io, rel);
			break;
		}
		/* the path: object events, and the branches after the first one */
		for (w = fo->w; w && n < 64; w = w->prev) {
			if (w->kind == PA_STEP_BRANCH && ++nbranch > 12)
				continue;
			steps[n++] = w;
		}
		fd->steps = pa_xcalloc((size_t)n, sizeof(struct pa_step));
		for (j = 0; j < n; j++) {
			struct wstep *s = steps[n - 1 - j];
			struct pa_step *st = &fd->steps[fd->nsteps++];

			st->kind = s->kind;
			st->loc = s->loc;
			switch (s->kind) {
			case PA_STEP_MARK:
				st->text = pa_xasprintf("'%s' marked by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_ACCESSIBLE:
				st->text = pa_xasprintf("'%s' made accessible by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_RELEASE:
				st->text = pa_xasprintf("marker of '%s' dropped by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_BRANCH:
				st->text = pa_xstrdup(s->taken == 1 ? "taking the true branch" :
						      s->taken == 0 ? "taking the false branch" :
						      "taking this branch");
				break;
			case PA_STEP_CALL:
				st->text = pa_xasprintf("'%s' passed to %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_IO:
				if (s->inner)
					st->text = pa_xasprintf("I/O starts in %s, called here "
								"(%s at %s:%d)", desc(u, s->callee),
								desc(u, s->inner), s->inner_loc.file,
								s->inner_loc.line);
				else
					st->text = pa_xasprintf("I/O starts here in %s", desc(u, s->callee));
				break;
			}
		}
	}
}

/* ---- the unit -------------------------------------------------------------- */

struct tarjan {
	struct pa_unit *u;
	int index;
	struct pa_func **stack;
	int nstack, cap;
	struct pa_func ***scc;
	int *scclen;
	int nscc, capscc, caplen;
};

static void strongconnect(struct tarjan *t, struct pa_func *v)
{
	int b, i;

	v->index = v->low = ++t->index;
	v->visited = 1;
	PA_GROW(t->stack, t->nstack, t->cap);
	t->stack[t->nstack++] = v;
	v->onstack = 1;
	for (b = 0; b < v->nblk; b++)
		for (i = 0; i < v->blk[b].nins; i++) {
			struct instr *in = &v->blk[b].ins[i];
			struct pa_func *w;

			if (in->kind != I_CALL || is_primitive(t->u, in->callee))
				continue;
			w = pa_unit_func(t->u, v, in->callee);
			if (!w || w->external)
				continue;
			if (!w->visited) {
				strongconnect(t, w);
				if (w->low < v->low)
					v->low = w->low;
			} else if (w->onstack && w->index < v->low) {
				v->low = w->index;
			}
		}
	if (v->low == v->index) {
		struct pa_func **c = NULL;
		int n = 0, cap = 0;
		struct pa_func *w;

		do {
			w = t->stack[--t->nstack];
			w->onstack = 0;
			PA_GROW(c, n, cap);
			c[n++] = w;
		} while (w != v);
		PA_GROW(t->scc, t->nscc, t->capscc);
		PA_GROW(t->scclen, t->nscc, t->caplen);
		t->scc[t->nscc] = c;
		t->scclen[t->nscc++] = n;
	}
}

int pa_finding_cmp(const struct pa_finding *x, const struct pa_finding *y)
{
	int c = strcmp(x->loc.file, y->loc.file);

	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line - y->loc.line;
	if (x->loc.col != y->loc.col)
		return x->loc.col - y->loc.col;
	if ((c = strcmp(x->rule, y->rule)))
		return c;
	if ((c = strcmp(x->function, y->function)))
		return c;
	return strcmp(x->object, y->object);
}

static int finding_cmp(const void *a, const void *b)
{
	return pa_finding_cmp(a, b);
}

void pa_finding_free(struct pa_finding *fd)
{
	int j;

	free(fd->message);
	free(fd->object);
	for (j = 0; j < fd->nsteps; j++)
		free(fd->steps[j].text);
	free(fd->steps);
}

static int calls_itself(struct pa_unit *u, struct pa_func *f)
{
	int b, i;

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++)
			if (f->blk[b].ins[i].kind == I_CALL && f->blk[b].ins[i].callee == f->name)
				return 1;
	return 0;
}

/* Summary passes over one recursive component before giving up on a fixed
 * point (the summaries of the last pass are kept). */
#define MAX_PASSES 8

void pa_unit_analyze(struct pa_unit *u)
{
	struct tarjan t = { 0 };
	int i, j, pass;

	t.u = u;
	for (i = 0; i < u->nfn; i++)
		if (!u->fn[i]->visited && !u->fn[i]->external &&
		    !is_primitive(u, u->fn[i]->name))
			strongconnect(&t, u->fn[i]);
	/* Tarjan emits components callee first */
	for (i = 0; i < t.nscc; i++) {
		int n = t.scclen[i];

		if (n > 1 || calls_itself(u, t.scc[i][0])) {
			/* iterate the component's summaries to a fixed point */
			for (pass = 0; pass < MAX_PASSES; pass++) {
				int changed = 0;

				for (j = 0; j < n; j++)
					changed |= analyze_func(t.scc[i][j], 0);
				if (!changed)
					break;
			}
			if (pass == MAX_PASSES)
				u->unconverged++;
			if (pass + 1 > u->max_passes)
				u->max_passes = pass + 1;
		}
		for (j = 0; j < n; j++)
			analyze_func(t.scc[i][j], 1);
		free(t.scc[i]);
	}
	free(t.scc);
	free(t.scclen);
	free(t.stack);
	qsort(u->fd, (size_t)u->nfd, sizeof(*u->fd), finding_cmp);
	/* one finding per (place, rule, function, object): a header's inline
	 * function compiled in many translation units is reported once */
	for (i = j = 0; i < u->nfd; i++) {
		if (j && !pa_finding_cmp(&u->fd[j - 1], &u->fd[i]))
			pa_finding_free(&u->fd[i]);
		else
			u->fd[j++] = u->fd[i];
	}
	u->nfd = j;
}

void pa_unit_passes(const struct pa_unit *u, int *max_passes, int *unconverged)
{
	*max_passes = u->max_passes ? u->max_passes : 1;
	*unconverged = u->unconverged;
}
