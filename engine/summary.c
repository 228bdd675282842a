// SPDX-License-Identifier: GPL-2.0
/*
 * One function: each object it has events on, explored from every entry
 * state, gives the function's summary (what it does to the objects its
 * callers pass or receive) and, when asked, its findings.
 */
#include "analysis.h"

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

static int spath_add(struct spath **v, int *n, int *cap, const struct spath *p)
{
	int i;

	for (i = 0; i < *n; i++)
		if (spath_equal(&(*v)[i], p))
			return 0;
	if (*n >= 64)
		return 0;
	PA_GROW(*v, *n, *cap);
	(*v)[(*n)++] = *p;
	return 1;
}

/* Carriers: a page put into a caller's list that this function does not
 * map is the caller's to check (carry); the callers' lists this function
 * maps (map). */
static void carrier_summary(struct pa_func *f, struct summary *sum, const struct ppath *pp)
{
	int b, i, e, k;

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++)
			for (e = 0; e < f->blk[b].ins[i].nev; e++) {
				struct event *ev = &f->blk[b].ins[i].ev[e];
				const struct ppath *p = &pp[ev->node];
				struct alias c;
				int dup = 0;

				if (ev->kind != EV_IO && ev->kind != EV_MAP)
					continue;
				if (ev->carrier < 0) {
					struct spath m;

					/* any I/O on a parameter may map a list the
					 * caller fills (a page's I/O maps no list) */
					if (node_path(f, ev->opnode, &m, 0) && m.param)
						spath_add(&sum->map, &sum->nmap, &sum->cap_map, &m);
					continue;
				}
				if (ev->deferred || !p->param ||
				    !node_path(f, ev->carrier, &c.b, 0) || !c.b.param)
					continue;
				c.a.param = p->param;
				c.a.nsteps = p->nsteps;
				for (k = 0; k < p->nsteps; k++) {
					c.a.step[k].elem = p->elem[k];
					c.a.step[k].tag = p->tag[k];
					c.a.step[k].field = p->field[k];
				}
				ev->to_caller = 1;
				for (k = 0; k < sum->ncarry; k++)
					if (spath_equal(&sum->carry[k].a, &c.a) &&
					    spath_equal(&sum->carry[k].b, &c.b))
						dup = 1;
				if (dup || sum->ncarry >= 64)
					continue;
				PA_GROW(sum->carry, sum->ncarry, sum->cap_carry);
				sum->carry[sum->ncarry++] = c;
			}
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

	if (a->nslot != b->nslot || a->nalias != b->nalias || a->has_flag != b->has_flag ||
	    a->ncarry != b->ncarry || a->nmap != b->nmap)
		return 0;
	for (i = 0; i < a->ncarry; i++)
		if (!spath_equal(&a->carry[i].a, &b->carry[i].a) ||
		    !spath_equal(&a->carry[i].b, &b->carry[i].b))
			return 0;
	for (i = 0; i < a->nmap; i++)
		if (!spath_equal(&a->map[i], &b->map[i]))
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
			    a->slot[i].e[j].pend_sign != b->slot[i].e[j].pend_sign ||
			    a->slot[i].e[j].unknown != b->slot[i].e[j].unknown)
				return 0;
	}
	return 1;
}

/* Analyze f: its summary, and with report its findings.  Returns 1 if the
 * summary changed. */
int analyze_func(struct pa_func *f, int report)
{
	struct summary sum = { 0 };
	struct finding_list found = { 0 };
	struct ppath *pp;
	unsigned char *iv, *tracked, *icell;
	int niv, b, i, e, changed, own_flag;
	int has_ret = 0, nbk;
	struct bitkey *bk;

	resolve_events(f);
	pp = pa_xcalloc((size_t)f->nnode + 1, sizeof(*pp));
	param_paths(f, pp);
	iv = interesting_values(f, &niv);
	icell = flag_cells(f, pp, iv, niv, &sum, &own_flag);
	bk = bit_keys(f, &nbk);
	carrier_summary(f, &sum, pp);
	tracked = pa_xcalloc((size_t)f->nnode + 1, 1);

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			for (e = 0; e < in->nev; e++)
				if (in->ev[e].kind != EV_BIND && in->ev[e].kind != EV_MAP)
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
			x.bk = bk;
			x.nbk = nbk;
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
	free(f->sum.carry);
	free(f->sum.map);
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
	free(bk);
	free(tracked);
	return changed;
}
