// SPDX-License-Identifier: GPL-2.0
/*
 * One object from one entry state: a path-sensitive walk of the CFG that
 * carries the object's typestate and the signs of a few values.  Equal
 * states meeting at a block are explored once, so loops terminate; each
 * state keeps its witness path.
 */
#include "analysis.h"

/* witness steps per arena chunk */
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

static uint64_t pstate_hash(const struct pstate *s)
{
	uint64_t h = 1469598103934665603ULL;
	int i;

	h = (h ^ s->ts) * 1099511628211ULL;
	h = (h ^ s->from_entry) * 1099511628211ULL;
	h = (h ^ s->nested) * 1099511628211ULL;
	h = (h ^ s->handed) * 1099511628211ULL;
	h = (h ^ (uint64_t)(unsigned)s->pend) * 1099511628211ULL;
	h = (h ^ s->cur) * 1099511628211ULL;
	h = (h ^ (uint64_t)(unsigned)s->carrier) * 1099511628211ULL;
	for (i = 0; i < LB_BITS; i++)
		h = (h ^ s->id[i]) * 1099511628211ULL;
	for (i = 0; i < s->ncons; i++) {
		h = (h ^ (uint64_t)(unsigned)s->cons[i].value) * 1099511628211ULL;
		h = (h ^ s->cons[i].mask) * 1099511628211ULL;
	}
	return h ? h : 1;
}

struct work {
	int block;
	struct pstate s;
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
				w->used = WS_SUMMARY;
			}
			found_add(x, r, loc, ev, w, w->inner, w->inner_loc);
		}
	}
}

struct sset {
	struct pstate *s;
	int n, cap;
	int over;		/* states dropped at SSET_MAX, counted */
};

static int pstate_same(const struct pstate *a, const struct pstate *b)
{
	int i;

	if (a->ts != b->ts || a->from_entry != b->from_entry || a->ncons != b->ncons ||
	    a->nested != b->nested || a->handed != b->handed || a->pend != b->pend ||
	    a->cur != b->cur || a->carrier != b->carrier ||
	    memcmp(a->id, b->id, sizeof(a->id)))
		return 0;
	for (i = 0; i < a->ncons; i++)
		if (a->cons[i].value != b->cons[i].value || a->cons[i].mask != b->cons[i].mask)
			return 0;
	return 1;
}

/* Equal states within a block are kept once (the first witness wins), or
 * a run of forking calls would double them at every call. */
#define SSET_MAX 256

static void sset_push(struct sset *ss, const struct pstate *s0)
{
	struct pstate s = *s0;
	int i;

	if (s.ts != TS_READY_UNCHECKED)	/* only an unchecked state waits */
		s.pend = 0;
	for (i = 0; i < ss->n; i++)
		if (pstate_same(&ss->s[i], &s))
			return;
	if (ss->n >= SSET_MAX) {
		ss->over++;
		return;
	}
	PA_GROW(ss->s, ss->n, ss->cap);
	ss->s[ss->n++] = s;
}

/* The value a call's result is (after copies), or -1. */
static int result_root(struct pa_func *f, const struct instr *in)
{
	unsigned m = SG_ALL;
	int v;

	if (in->res.value < 0)
		return -1;
	v = resolve(f, in->res.value, &m);
	return v >= 0 ? v : -1;
}

static int only_exit(const struct slot_entry *e, int ts)
{
	int t;

	for (t = 0; t < TS_COUNT; t++)
		if (t != ts && e->exit_sign[t])
			return 0;
	return 1;
}

/* ---- flow-sensitive objects ----------------------------------------------
 * A class is every page that copies, loads and stores connect, whatever
 * the path.  Along one path, a location of the class (a variable, a field
 * path, an array slot) holds one page at a time, named by a small id:
 * ID_ENTRY for the page of the locations the function never writes, the
 * entry content of a written location b (b + 1), a new page made at b
 * (ID_NEW + b), the exempt page.  pstate.id has the id of each written
 * location, pstate.cur the page the state is about.  A bind (a copy, a
 * load, a store, a PHI) moves an id; an event on a location that holds
 * another page starts the state afresh for that page; an event on an
 * exempt page does nothing. */
#define ID_ENTRY	0
#define ID_NEW		(LB_BITS + 1)
#define ID_NONE		254	/* no event yet: the first one says which page */
#define ID_EXEMPT	255

/* The page node n holds on this path. */
static unsigned idof(const struct explore *x, const struct pstate *s, int n)
{
	int c = n >= 0 && n < x->f->nnode ? x->lb[n] : LB_OUT;

	switch (c) {
	case LB_EXEMPT: return ID_EXEMPT;
	case LB_ALWAYS: return x->class_exempt ? ID_EXEMPT : s->cur;
	case LB_OUT: return s->cur;
	case LB_FIXED: return ID_ENTRY;
	default: return s->id[c];
	}
}

/* 1: n holds the state's page on this path; 0: another page; -1: an
 * exempt page. */
static int holds(const struct explore *x, const struct pstate *s, int n)
{
	unsigned id = idof(x, s, n);

	if (id == ID_EXEMPT)
		return -1;
	return id == s->cur || s->cur == ID_NONE;
}

/* dst now holds what src holds. */
static void bind(const struct explore *x, struct pstate *s, int dst, int src)
{
	unsigned id;

	if (dst < 0 || src < 0 || x->lb[dst] < 0)
		return;
	id = idof(x, s, src);
	s->id[x->lb[dst]] = (unsigned char)(id == ID_NONE ? ID_ENTRY : id);
}

/* The state is now about the page in n: nothing known of it yet. */
static void rebind(const struct explore *x, struct pstate *s, int n)
{
	s->ts = TS_UNTRACKED;
	s->from_entry = 0;
	s->nested = 0;
	s->handed = 0;
	s->carrier = 0;
	s->cur = (unsigned char)idof(x, s, n);
}

/* A new page in location n (a call's result). */
static void new_page(const struct explore *x, struct pstate *s, int n)
{
	if (x->lb[n] >= 0)
		s->id[x->lb[n]] = (unsigned char)(ID_NEW + x->lb[n]);
	rebind(x, s, n);
}

static int find_child(struct pa_func *f, int base, enum node_kind kind, const char *field)
{
	int c;

	for (c = f->node[pa_find(f, base)].child; c >= 0; c = f->node[c].sibling)
		if (f->node[c].kind == kind && f->node[c].field == field)
			return c;
	return -1;
}

/* Node n with its constant indices made "every element" (p[0].f: p[].f),
 * if that node exists; n itself if it has none. */
static int generic_node(struct pa_func *f, int n)
{
	struct node *nd = &f->node[n];
	int b;

	if (nd->kind == N_ROOT)
		return n;
	b = generic_node(f, nd->base);
	if (b < 0)
		return -1;
	if (nd->kind == N_ELEM && nd->field)
		return find_child(f, b, N_ELEM, NULL);
	if (b == nd->base)
		return n;
	return find_child(f, b, nd->kind, nd->field);
}

/* The bits of the class's locations: every location the function writes
 * gets one (up to LB_FIXED of them), every other shares LB_FIXED. */
static void loc_bits(struct explore *x)
{
	struct pa_func *f = x->f;
	int *bit_of = pa_xmalloc(sizeof(int) * ((size_t)f->nnode + 1));
	int n, b, i, e, nbits = 0;

	x->lb = pa_xmalloc(sizeof(int) * ((size_t)f->nnode + 1));
	x->parent = pa_xcalloc((size_t)f->nnode + 1, 1);
	x->class_exempt = 0;
	for (n = 0; n < f->nnode; n++) {
		bit_of[n] = -1;
		x->lb[n] = pa_find(f, n) == x->obj ? LB_FIXED : LB_OUT;
		if (x->lb[n] == LB_FIXED && exempt_node(f, n))
			x->class_exempt = 1;
	}
	/* an element set (pages[]) is a set of pages: no location of it holds
	 * one page, and an exempt page in it exempts it all; a graph without
	 * binds (format 2) says too little to follow locations */
	if (f->node[x->obj].collection || f->no_binds) {
		for (n = 0; n < f->nnode; n++)
			if (x->lb[n] != LB_OUT)
				x->lb[n] = LB_ALWAYS;
		goto parents;
	}
#define DEFINES(nd) do {						\
		int d_ = (nd);						\
		if (d_ >= 0 && x->lb[d_] != LB_OUT) {			\
			d_ = f->loc_of[d_];				\
			if (bit_of[d_] < 0)				\
				bit_of[d_] = nbits < LB_BITS ? nbits++ : LB_ALWAYS; \
		}							\
	} while (0)
	for (b = 0; b < f->nblk; b++) {
		for (i = 0; i < f->blk[b].nphi; i++)
			DEFINES(f->blk[b].phi[i].dst_node);
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			if (in->kind == I_BIND || in->kind == I_STORE)
				DEFINES(in->dst_node);
			if (in->kind != I_CALL)
				continue;
			DEFINES(in->res.node);
			for (e = 0; e < in->nargs; e++)
				if (in->args[e].node >= 0 && f->node[in->args[e].node].kind == N_ADDR)
					DEFINES(f->node[in->args[e].node].base);
			for (e = 0; e < in->nev; e++)
				if (in->ev[e].kind == EV_BIND)
					DEFINES(in->ev[e].opnode);
		}
	}
#undef DEFINES
	for (n = 0; n < f->nnode; n++) {
		if (x->lb[n] == LB_OUT)
			continue;
		if (exempt_node(f, n))
			x->lb[n] = LB_EXEMPT;
		else if (bit_of[f->loc_of[n]] != -1)
			x->lb[n] = bit_of[f->loc_of[n]];
	}
parents:
	/* p[K]'s object: events on all of p's elements (p[i], and s->f for
	 * p[i].f) are events on it too */
	for (n = 0; n < f->nnode; n++) {
		int m;

		if (x->lb[n] == LB_OUT)
			continue;
		/* n with its constant indices made "every element" */
		m = generic_node(f, n);
		if (m >= 0 && m != n && pa_find(f, m) != x->obj)
			x->parent[pa_find(f, m)] = 1;
	}
	free(bit_of);
}

/* A mapping of a list: the I/O of the page on the paths where the list
 * carries it, in the state the page has here. */
static void map_carried(struct explore *x, const struct instr *in,
			const struct event *ev, struct sset *cur)
{
	struct event io = *ev;
	int j;

	io.opnode = -1;		/* the finding names the page, not the list */
	for (j = 0; j < cur->n; j++) {
		struct pstate *s = &cur->s[j];

		if (!s->carrier || !carrier_covers(x->f, ev->node, s->carrier - 1))
			continue;
		io_check(x, s, &io, in->loc, io_rules(s->ts), NULL);
		s->carrier = 0;
		s->handed = 1;
	}
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
		int h = ev->node == x->obj ? holds(x, &s, ev->opnode) : 1;

		if (h < 0) {		/* an exempt page here: not checked */
			sset_push(next, &s);
			continue;
		}
		if (!h) {		/* another page than the state's */
			rebind(x, &s, ev->opnode);
			s.w = NULL;
		} else if (s.cur == ID_NONE && ev->node == x->obj) {
			s.cur = (unsigned char)idof(x, &s, ev->opnode);
		}
		if (ev->kind == EV_IO && ev->carrier >= 0 &&
		    (ev->deferred || (ev->to_caller && s.from_entry))) {
			/* put into a list: the I/O is the list's mapping, here
			 * or in the caller that passed the list */
			if (ev->deferred) {
				s.carrier = ev->carrier + 1;
				if (x->report)
					s.w = add_step(x, s.w, PA_STEP_CALL, in->loc, ev->callee);
			} else {
				s.handed = 1;
			}
			sset_push(next, &s);
			continue;
		}
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
				/* a callee's release drops the last reference this
				 * path took on top of the marker, as a release does */
				if (t == TS_RELEASED && n.nested) {
					n.nested--;
					t = s.ts;
				}
				if (t != s.ts) {
					enum ev_kind k = t == TS_MARKED ? EV_MARK :
						t == TS_RELEASED ? EV_RELEASE :
						t == TS_UNTRACKED ? EV_SUMMARY : EV_ACCESSIBLE;

					n.ts = (unsigned char)t;
					n.from_entry = 0;
					n.w = add_step(x, s.w, step_for(k), in->loc, ev->callee);
					n.w->used = WS_SUMMARY;
				}
				/* an unchecked exit returning the accessible result untested
				 * waits for this caller's test of the call's result; the
				 * same state passed through keeps the caller's wait */
				if (t == TS_READY_UNCHECKED && t0 == TS_READY_UNCHECKED &&
				    e->pend_sign && !(e->exit_sign[t0] & ~e->pend_sign))
					n.pend = result_root(f, in) + 1;
				else if (t != s.ts)
					n.pend = 0;
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

			/* a reference on an element set after its I/O started is
			 * the I/O's own (bio_add_page(), then get_page()) */
			if ((ev->kind == EV_MARK || ev->kind == EV_MARK_NESTED) &&
			    collection && s.handed) {
				sset_push(next, &s);
				continue;
			}

			/* references nest: a release drops the last marker taken;
			 * a nested one is on top of a marker held, the caller's
			 * where the object is untracked here */
			if (((ev->kind == EV_MARK && marked(s.ts)) ||
			     (ev->kind == EV_MARK_NESTED && (marked(s.ts) || s.ts == TS_UNTRACKED))) &&
			    n.nested < 3)
				n.nested++;
			else if (ev->kind == EV_NEUTRAL_GET && n.nested < 3)
				n.nested++;
			else if ((ev->kind == EV_RELEASE || ev->kind == EV_NEUTRAL_PUT) && n.nested) {
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
			if (ev->cond_value >= 0) {
				/* if:COND(argN): no effect where COND says otherwise */
				unsigned yes = ev->cond_sense ? SG_NEG | SG_POS : SG_ZERO;
				struct pstate o = s;

				if (cons_and(&o, ev->cond_value, SG_ALL & ~yes))
					sset_push(next, &o);
				if (!cons_and(&n, ev->cond_value, yes))
					continue;
			}
			{
				/* the function's own event: what follows is its own doing;
				 * a reference nested on a marker held, or one that is no
				 * marker, leaves the caller's state the caller's */
				if (t != s.ts || (ev->kind != EV_MARK_NESTED &&
						  ev->kind != EV_NEUTRAL_GET &&
						  ev->kind != EV_NEUTRAL_PUT))
					n.from_entry = 0;
				n.ts = (unsigned char)t;
				/* a result kept is checked only by a test that rules out
				 * failure (a negative result), before the I/O */
				if (ev->kind == EV_ACCESSIBLE && t == TS_READY && s.ts != TS_READY &&
				    result_root(f, in) >= 0) {
					n.ts = TS_READY_UNCHECKED;
					n.pend = result_root(f, in) + 1;
				}
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
		if (ts == TS_READY_UNCHECKED && s->pend && !in->res.is_cst &&
		    in->res.value >= 0 && result_root(f, in) == s->pend - 1)
			x->sum->pend_sign |= (unsigned char)sign;
	}
	if (x->retsum) {
		int mine = in->res.node >= 0 && pa_find(f, in->res.node) == x->obj &&
			   holds(x, s, in->res.node) == 1;

		x->retsum->exit_sign[mine ? s->ts : TS_UNTRACKED] |= (unsigned char)sign;
		x->retsum->flag_sign[mine ? s->ts : TS_UNTRACKED] |= (unsigned char)flag;
	}
}

/* ---- counters and flag words ---------------------------------------------- */

/* The signs of value v on path s: its own, and a counter's from its step. */
static unsigned sign_at(struct explore *x, const struct pstate *s, int v, int depth)
{
	const struct value_arith *a;
	unsigned m = SG_ALL;
	int r = copy_root(x->f, v, &m);

	if (r < 0)
		return m;
	if (r < x->ninteresting && x->interesting[r])
		m &= cons_get(s, r);
	a = pa_value_arith(x->f, r);
	if (a && a->op == PA_OP_ADD && depth < 8)
		m &= add_sign(sign_at(x, s, a->src, depth + 1), a->k);
	return m;
}

static int bitkey_find(const struct explore *x, int v, long mask)
{
	int i;

	for (i = 0; i < x->nbk; i++)
		if (x->bk[i].value == v && x->bk[i].mask == mask)
			return i;
	return -1;
}

/* Whether (v & mask) is zero (SG_ZERO), nonzero (SG_NEG | SG_POS) or
 * either on path s. */
static unsigned bits_sign(struct explore *x, const struct pstate *s, int v, long mask)
{
	long cst;
	int r = bits_walk(x->f, v, &mask, &cst), i;

	if (r == CONST_ROOT)
		return cst ? SG_NEG | SG_POS : SG_ZERO;
	if (r < 0 || mask == -1 || (i = bitkey_find(x, r, mask)) < 0)
		return SG_ALL;
	return cons_get(s, BITKEY(i));
}

/* A branch on v, which has signs m on the edge: a test of a flag word's
 * bits narrows them; 0 if the edge cannot be taken. */
static int bits_edge(struct explore *x, struct pstate *s, int v, unsigned m)
{
	unsigned allowed = (m & SG_ZERO) | (m & (SG_NEG | SG_POS) ? SG_NEG | SG_POS : 0);
	long mask = -1, cst;
	int r = bits_walk(x->f, v, &mask, &cst), i;

	if (r == CONST_ROOT)
		return (allowed & (cst ? SG_NEG | SG_POS : SG_ZERO)) != 0;
	if (r < 0 || mask == -1 || (i = bitkey_find(x, r, mask)) < 0)
		return 1;
	return cons_and(s, BITKEY(i), allowed);
}

/* A branch on (a OP b) of two values; 0 if the edge cannot be taken. */
static int rel_edge(struct explore *x, struct pstate *s, const struct edge *ed)
{
	unsigned ma = sign_at(x, s, ed->rel_a, 0), mb = sign_at(x, s, ed->rel_b, 0), t;
	int r;

	if (!rel_narrow(ed->rel_op, ed->rel_uns, &ma, &mb))
		return 0;
	t = SG_ALL;
	r = copy_root(x->f, ed->rel_a, &t);
	if (r >= 0 && r < x->ninteresting && x->interesting[r] && !cons_and(s, r, ma))
		return 0;
	t = SG_ALL;
	r = copy_root(x->f, ed->rel_b, &t);
	if (r >= 0 && r < x->ninteresting && x->interesting[r] && !cons_and(s, r, mb))
		return 0;
	return 1;
}

/* Value v is defined anew: what was known of its bits goes. */
static void bits_kill(struct explore *x, struct pstate *s, int v)
{
	int i;

	for (i = 0; i < x->nbk; i++)
		if (x->bk[i].value == v)
			cons_kill(s, BITKEY(i));
}

/* Entering block to from block from: the flag words' bits its PHIs take,
 * all read before any is written. */
static int phi_bits(struct explore *x, int from, int to, struct pstate *s)
{
	struct block *b = &x->f->blk[to];
	unsigned nm[64];
	int i, j;

	for (i = 0; i < x->nbk; i++) {
		nm[i] = 0;
		for (j = 0; j < b->nphi; j++) {
			struct phi *p = &b->phi[j];

			if (p->from != from || p->dst != x->bk[i].value)
				continue;
			if (p->src.is_cst)
				nm[i] = p->src.cst & x->bk[i].mask ? SG_NEG | SG_POS : SG_ZERO;
			else if (p->src.value >= 0)
				nm[i] = bits_sign(x, s, p->src.value, x->bk[i].mask);
			else
				nm[i] = SG_ALL;
		}
	}
	for (i = 0; i < x->nbk; i++) {
		if (!nm[i])
			continue;
		cons_kill(s, BITKEY(i));
		if (!cons_and(s, BITKEY(i), nm[i]))
			return 0;
	}
	return 1;
}

/* Entering block to from block from: its PHIs take their arguments. */
static int phi_copy(struct explore *x, int from, int to, struct pstate *s)
{
	struct block *b = &x->f->blk[to];
	int i;

	for (i = 0; i < b->nphi; i++)
		if (b->phi[i].from == from && b->phi[i].dst_node >= 0)
			bind(x, s, b->phi[i].dst_node, b->phi[i].src.node);
	for (i = 0; i < b->nphi; i++) {
		struct phi *p = &b->phi[i];
		unsigned m = SG_ALL;
		int v;

		/* the accessible result waiting for its test moves with it */
		if (s->pend && p->from == from && !p->src.is_cst && p->src.value >= 0 &&
		    resolve(x->f, p->src.value, &m) == s->pend - 1) {
			s->pend = p->dst + 1;
			m = SG_ALL;
		}
		if (p->from != from || p->dst >= x->ninteresting || !x->interesting[p->dst])
			continue;
		if (p->src.is_cst) {
			m = sign_const(p->src.cst);
		} else if (p->src.value >= 0) {
			v = resolve(x->f, p->src.value, &m);
			if (v >= 0)
				m &= cons_get(s, v) & sign_at(x, s, v, 0);
		}
		cons_kill(s, p->dst);
		if (!cons_and(s, p->dst, m))
			return 0;
	}
	return x->nbk ? phi_bits(x, from, to, s) : 1;
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

/* The call hands the object to a function the unit knows (a body or a
 * database summary): a finding after it depends on that function's
 * summary even where the summary changes nothing (a gate names it). */
static int passes_object(struct explore *x, const struct instr *in)
{
	struct pa_func *f = x->f;
	int e;

	if (!in->callee || is_primitive(f->unit, in->callee) ||
	    !pa_unit_func(f->unit, f, in->callee))
		return 0;
	for (e = 0; e < in->nargs; e++) {
		int a = in->args[e].node;

		if (a >= 0 && (pa_find(f, a) == x->obj ||
			       (f->node[a].kind != N_ROOT && f->node[a].base >= 0 &&
				pa_find(f, f->node[a].base) == x->obj)))
			return 1;
	}
	return 0;
}

/* Does the call put a new value into the object (its result is the object,
 * and the call is not a conversion of the same object)?  The node that
 * receives it, or -1. */
static int redefines(struct explore *x, const struct instr *in)
{
	struct pa_func *f = x->f;
	const struct pa_rule *r;
	int e;

	if (f->node[x->obj].collection)
		return -1;
	for (r = pa_rules_find(f->unit->rules, in->callee); r;
	     r = pa_rules_next(f->unit->rules, r))
		if (r->role == PA_ROLE_SAME)
			return -1;
	/* f(&x): an out-parameter, which lookups fill with a new page (the
	 * callee's summary, if any, applies after) */
	for (e = 0; e < in->nargs; e++) {
		int a = in->args[e].node;

		if (a >= 0 && f->node[a].kind == N_ADDR && pa_find(f, f->node[a].base) == x->obj)
			return f->node[a].base;
	}
	if (in->res.node < 0 || pa_find(f, in->res.node) != x->obj)
		return -1;
	for (e = 0; e < in->nev; e++) {
		if (in->ev[e].node == x->obj && in->ev[e].kind == EV_SUMMARY &&
		    in->ev[e].slot->param != 0)
			return -1;	/* a summary of an argument: keep the state */
		if (in->ev[e].node == x->obj && in->ev[e].kind == EV_BIND)
			return -1;	/* the result is a parameter's page (its EV_BIND) */
	}
	for (e = 0; e < in->nargs; e++)
		if (in->args[e].node >= 0 && pa_find(f, in->args[e].node) == x->obj)
			return -1;	/* p = f(p): may well be the same page */
	return in->res.node;
}

/* What a call puts into the object's locations: a new page (the result,
 * an out-parameter), or one of its arguments (conversions, p = f(p)). */
static void call_binds(struct explore *x, const struct instr *in, struct sset *cur)
{
	int n = redefines(x, in), j, e, src = -1;

	if (n >= 0) {
		for (j = 0; j < cur->n; j++) {
			/* a new page in the same variable */
			struct pstate *s = &cur->s[j];
			struct wstep *w = s->w;

			new_page(x, s, n);
			s->w = w;
		}
		return;
	}
	if (in->res.node < 0 || x->lb[in->res.node] == LB_OUT)
		return;
	for (e = 0; e < in->nargs && src < 0; e++)
		if (in->args[e].node >= 0 && x->lb[in->args[e].node] != LB_OUT)
			src = in->args[e].node;
	for (j = 0; j < cur->n; j++) {
		struct pstate *s = &cur->s[j];

		if (src >= 0)
			bind(x, s, in->res.node, src);
		else if (x->lb[in->res.node] >= 0)	/* the summary's result */
			s->id[x->lb[in->res.node]] = s->cur == ID_NONE ? ID_ENTRY : s->cur;
	}
}

void explore_run(struct explore *x)
{
	struct pa_func *f = x->f;
	struct pstate init = { 0 };
	struct sset cur = { 0 }, next = { 0 };
	int budget = f->unit->budget;
	int head = 0;

	cons_lost = 0;

	init.ts = (unsigned char)x->entry;
	init.from_entry = x->entry != TS_UNTRACKED;
	init.cur = ID_NONE;
	for (head = 0; head < LB_BITS; head++)
		init.id[head] = (unsigned char)(head + 1);
	head = 0;
	loc_bits(x);
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
				for (j = 0; j < cur.n; j++) {
					cons_kill(&cur.s[j], in->value);
					bits_kill(x, &cur.s[j], in->value);
				}
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
					bits_kill(x, &cur.s[j], in->value);
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

				/* a call redefines its result (loops); a result that
				 * is a test or a conversion of another value is not
				 * a new value of that one */
				for (j = 0; j < cur.n && v == in->res.value; j++) {
					cons_kill(&cur.s[j], v);
					bits_kill(x, &cur.s[j], v);
				}
			}
			if (in->kind == I_CALL && x->report && passes_object(x, in))
				for (j = 0; j < cur.n; j++) {
					cur.s[j].w = add_step(x, cur.s[j].w, PA_STEP_CALL, in->loc,
							      in->callee);
					cur.s[j].w->used = WS_USED;
				}
			if (in->kind == I_BIND || in->kind == I_STORE)
				for (j = 0; j < cur.n; j++)
					bind(x, &cur.s[j], in->dst_node, in->res.node);
			if (in->kind == I_CALL)
				call_binds(x, in, &cur);
			for (e = 0; e < in->nev; e++) {
				struct sset t;

				if (in->ev[e].kind == EV_BIND) {
					for (j = 0; j < cur.n && in->ev[e].node == x->obj; j++)
						bind(x, &cur.s[j], in->ev[e].opnode, in->ev[e].src_node);
					continue;
				}
				if (in->ev[e].maps)
					map_carried(x, in, &in->ev[e], &cur);
				if (in->ev[e].kind == EV_MAP)
					continue;
				/* p[K]: events on all of p's elements, but a release
				 * of one of them (put_page(pages[i])) */
				if (in->ev[e].node != x->obj && (!x->parent[in->ev[e].node] ||
								 in->ev[e].kind == EV_RELEASE))
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
					if (v >= 0 && v < x->ninteresting && x->interesting[v]) {
						if (!cons_and(&s, v, m))
							continue;
						m &= cons_get(&s, v);
					}
					/* a counter's step, a flag word's bits */
					if (v >= 0 && (!(m &= sign_at(x, &s, v, 0)) ||
						       !bits_edge(x, &s, v, m)))
						continue;
					/* the accessible call did not fail on this edge */
					if (s.pend && v == s.pend - 1 && !(m & SG_NEG)) {
						s.ts = TS_READY;
						s.pend = 0;
					}
				}
				if (ed->rel_a >= 0 && !rel_edge(x, &s, ed))
					continue;
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
	f->unit->stats.block_cap += cur.over + next.over;
	f->unit->stats.cons_cap += cons_lost;
	cons_lost = 0;
	free(cur.s);
	free(next.s);
	for (head = 0; head < f->nblk; head++)
		free(x->seen[head]);
	free(x->seen);
	free(x->seen_cap);
	free(x->seen_n);
	free(x->work);
	free(x->lb);
	free(x->parent);
	arena_free(&x->arena);
}
