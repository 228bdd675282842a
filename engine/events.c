// SPDX-License-Identifier: GPL-2.0
/*
 * Calls and stores become events on objects, from the rules and from the
 * callees' summaries; then the values and memory cells whose signs the
 * exploration follows.
 */
#include "analysis.h"

/* A function the rules name: its rules apply, not its body or summary. */
int is_primitive(struct pa_unit *u, const char *name)
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
	ev->cond_value = -1;
	ev->src_node = -1;
	ev->carrier = -1;
}

/* Does a mapping of class cls map what node carrier carries: the list
 * itself, or a structure or array that the list, or a copy of it, is a
 * field or an element of (an sg_table maps what its sgl[] carries)? */
int carrier_covers(struct pa_func *f, int cls, int carrier)
{
	int queue[16], nq = 0, head, n, found = 0;

	if (carrier < 0)
		return 0;
	queue[nq++] = pa_find(f, carrier);
	for (head = 0; head < nq && !found; head++) {
		int c = queue[head], k, dup;

		if (c == cls) {
			found = 1;
			break;
		}
		for (n = 0; n < f->nnode && nq < 16; n++) {
			if (f->node[n].kind == N_ROOT || pa_find(f, n) != c)
				continue;
			for (k = 0, dup = 0; k < nq; k++)
				dup |= queue[k] == pa_find(f, f->node[n].base);
			if (!dup)
				queue[nq++] = pa_find(f, f->node[n].base);
		}
	}
	return found;
}

/* Carries whose list the function maps after them wait for the mapping
 * (explore.c); the mappings that do are marked. */
static void carrier_links(struct pa_func *f)
{
	int b, i, e, b2, i2, e2;

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++)
			for (e = 0; e < f->blk[b].ins[i].nev; e++) {
				struct event *c = &f->blk[b].ins[i].ev[e];

				if (c->kind != EV_IO || c->carrier < 0)
					continue;
				for (b2 = 0; b2 < f->nblk; b2++)
					for (i2 = 0; i2 < f->blk[b2].nins; i2++)
						for (e2 = 0; e2 < f->blk[b2].ins[i2].nev; e2++) {
							struct event *m = &f->blk[b2].ins[i2].ev[e2];

							if ((m->kind != EV_IO && m->kind != EV_MAP) ||
							    m->carrier >= 0 ||
							    !carrier_covers(f, m->node, c->carrier))
								continue;
							c->deferred = 1;
							m->maps = 1;
						}
			}
}

/* One more than the largest value id the function uses anywhere. */
static int value_count(struct pa_func *f)
{
	int n = f->cap_vdef, b, i, e;

	for (b = 0; b < f->nblk; b++) {
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];

			for (e = 0; e < in->nargs; e++)
				if (in->args[e].value >= n)
					n = in->args[e].value + 1;
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
	return n;
}

/* The value a predicate of object class cls has (iov_iter_extract_will_pin()
 * of an iterator): one per class, so that every test of it agrees. */
static int predicate_value(struct pa_func *f, int node)
{
	if (node < 0)
		return -1;
	if (!f->synth_base)
		f->synth_base = value_count(f) + 1;
	node = f->synth_base + pa_find(f, node);
	PA_GROW(f->vdef, node, f->cap_vdef);	/* so that value arrays cover it */
	return node;
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

/* Is node n the address of a global that rules say is never guest memory
 * (&global, or an array global itself: it decays to its address)? */
int exempt_node(struct pa_func *f, int n)
{
	const struct pa_rules *rs = f->unit->rules;
	struct node *nd = &f->node[n];
	const struct pa_rule *r;

	if (nd->kind == N_ADDR)
		nd = &f->node[nd->base];
	else if (nd->kind != N_ROOT)
		return 0;
	if (nd->kind != N_ROOT || !nd->display)
		return 0;
	for (r = pa_rules_find(rs, nd->display); r; r = pa_rules_next(rs, r))
		if (r->role == PA_ROLE_EXEMPT)
			return 1;
	return 0;
}

/* Does object class obj hold such an address? */
int exempt(struct pa_func *f, int obj)
{
	int n;

	for (n = 0; n < f->nnode; n++)
		if (pa_find(f, n) == obj && exempt_node(f, n))
			return 1;
	return 0;
}

static int spath_node(struct pa_func *f, const struct instr *in, const struct spath *sp)
{
	int n, i;

	if (sp->param == 0 && sp->nsteps == 0)
		return in->res.node;	/* the result */
	if (sp->param < 1 || sp->param > in->nargs)
		return -1;
	n = in->args[sp->param - 1].node;
	for (i = 0; i < sp->nsteps && n >= 0; i++)
		n = sp->step[i].elem ? pa_node_elem(f, n) :
			pa_node_field(f, n, sp->step[i].tag, sp->step[i].field);
	return n;
}

/* A callee that makes two parameter paths one object puts a page from one
 * into the other: into its result, or into the deeper path (the batch's
 * array from folio_batch_add()'s folio).  Binds, for the exploration. */
static void alias_binds(struct pa_func *f, struct instr *in, struct pa_func *callee)
{
	int e;

	if (!callee || !callee->has_sum)
		return;
	for (e = 0; e < callee->sum.nalias; e++) {
		const struct spath *a = &callee->sum.alias[e].a, *b = &callee->sum.alias[e].b;
		int na, nb;

		if (b->param == 0 || (a->param != 0 && b->nsteps > a->nsteps)) {
			const struct spath *t = a;

			a = b;
			b = t;
		}
		/* a: the destination */
		na = a->param == 0 ? in->res.node : spath_node(f, in, a);
		nb = b->param == 0 ? in->res.node : spath_node(f, in, b);
		if (na < 0 || nb < 0 || na == nb)
			continue;
		add_event(in, EV_BIND, na, SG_ALL, NULL, NULL);
		if (in->nev && in->ev[in->nev - 1].kind == EV_BIND)
			in->ev[in->nev - 1].src_node = nb;
	}
}

/* Each node's memory location: a member of a union is the union's; a
 * field or element is the first node of that member of its base's class
 * (s->f and t->f are one location once s and t are one object). */
static void loc_index(struct pa_func *f)
{
	int cap = 16, n, *h;

	while (cap < 2 * f->nnode + 2)
		cap *= 2;
	h = pa_xmalloc(sizeof(int) * (size_t)cap);
	memset(h, -1, sizeof(int) * (size_t)cap);
	free(f->loc_of);
	f->loc_of = pa_xmalloc(sizeof(int) * ((size_t)f->nnode + 1));
	for (n = 0; n < f->nnode; n++) {
		struct node *nd = &f->node[n];
		uint64_t j;
		int r, m;

		f->loc_of[n] = n;
		if (nd->kind != N_FIELD && nd->kind != N_ELEM)
			continue;
		r = pa_find(f, nd->base);
		j = ((uint64_t)r * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(uintptr_t)nd->field ^
		     (uint64_t)nd->kind) >> 7;
		for (j &= (uint64_t)(cap - 1); (m = h[j]) >= 0; j = (j + 1) & (uint64_t)(cap - 1))
			if (f->node[m].kind == nd->kind && f->node[m].field == nd->field &&
			    pa_find(f, f->node[m].base) == r)
				break;
		if (m >= 0)
			f->loc_of[n] = m;
		else
			h[j] = n;
	}
	for (n = 0; n < f->nnode; n++)
		if (f->node[n].uni >= 0 && f->node[n].uni < f->nnode)
			f->loc_of[n] = f->loc_of[f->node[n].uni];
	for (n = 0; n < f->nnode; n++)
		f->loc_of[n] = f->loc_of[f->loc_of[n]];
	free(h);
}

/* Turn each call and store into events on objects. */
void resolve_events(struct pa_func *f)
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
					if (r->carrier && in->nev)
						in->ev[in->nev - 1].carrier = d->base;
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
				    r->role == PA_ROLE_EXEMPT || r->role >= PA_ROLE_TEST ||
				    r->kind == PA_KIND_FIELD)
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
					r->role == PA_ROLE_MARK_NESTED ? EV_MARK_NESTED :
					r->role == PA_ROLE_NEUTRAL_GET ? EV_NEUTRAL_GET :
					r->role == PA_ROLE_NEUTRAL_PUT ? EV_NEUTRAL_PUT :
					r->role == PA_ROLE_MARK_ACCESSIBLE ? EV_MARK_ACCESSIBLE :
					r->role == PA_ROLE_ACCESSIBLE ? EV_ACCESSIBLE :
					r->role == PA_ROLE_RELEASE ? EV_RELEASE : EV_IO;
				add_event(in, k, n, when_mask(r), r, NULL);
				if (r->carrier > 0 && r->carrier <= in->nargs && in->nev &&
				    in->ev[in->nev - 1].rule == r)
					in->ev[in->nev - 1].carrier = in->args[r->carrier - 1].node;
			}
			if (in->nev || !callee || !callee->has_sum)
				goto binds;
			for (e = 0; e < callee->sum.nslot; e++) {
				add_event(in, EV_SUMMARY, slot_node(f, in, &callee->sum.slot[e]),
					  SG_ALL, NULL, &callee->sum.slot[e]);
				if (in->nev && in->ev[in->nev - 1].slot == &callee->sum.slot[e])
					in->ev[in->nev - 1].flag_node = callee->sum.has_flag ?
						spath_node(f, in, &callee->sum.flag) : -1;
			}
			/* the callee puts a page into a list it leaves to us, or
			 * maps a list */
			for (e = 0; e < callee->sum.ncarry; e++) {
				int pg = spath_node(f, in, &callee->sum.carry[e].a);
				int ls = spath_node(f, in, &callee->sum.carry[e].b);

				add_event(in, EV_IO, pg, SG_ALL, NULL, NULL);
				if (pg >= 0)
					in->ev[in->nev - 1].carrier = ls;
			}
			for (e = 0; e < callee->sum.nmap; e++)
				add_event(in, EV_MAP, spath_node(f, in, &callee->sum.map[e]),
					  SG_ALL, NULL, NULL);
binds:
			alias_binds(f, in, callee);
		}
	}
	/* canonical objects, once every node exists (events on kernel memory
	 * that is never a guest's, the zero page, are skipped where the
	 * exploration sees that page: explore.c); a predicate's result and the
	 * rules conditioned on it share the object's value */
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];
			const struct pa_rule *r;

			if (in->kind == I_CALL)
				for (r = pa_rules_find(u->rules, in->callee); r;
				     r = pa_rules_next(u->rules, r))
					if (r->role == PA_ROLE_PREDICATE && r->argno <= in->nargs)
						pa_value_copy(f, in->res.value, predicate_value(
							f, in->args[r->argno - 1].node));
			for (e = 0; e < in->nev; e++) {
				struct event *ev = &in->ev[e];

				ev->node = pa_find(f, ev->node);
				if (ev->flag_node >= 0)
					ev->flag_node = pa_find(f, ev->flag_node);
				if (ev->rule && ev->rule->cond && ev->rule->cond_argno <= in->nargs) {
					ev->cond_value = predicate_value(
						f, in->args[ev->rule->cond_argno - 1].node);
					ev->cond_sense = ev->rule->cond_sense;
				}
			}
		}
	carrier_links(f);
	loc_index(f);
}

static void related_values(struct pa_func *f, unsigned char *iv, int n);

/* Values worth a sign: results of calls whose effects depend on them, and
 * values that two branches test. */
unsigned char *interesting_values(struct pa_func *f, int *nval)
{
	int n = value_count(f), b, i, e;
	unsigned char *iv, *count;

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

				if (ev->cond_value >= 0 && ev->cond_value < n)
					iv[ev->cond_value] = 1;
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
	related_values(f, iv, n);
	*nval = n;
	return iv;
}

static int fam_find(int *up, int v)
{
	while (up[v] != v)
		v = up[v] = up[up[v]];
	return v;
}

/* The variables (families) of the two values an edge compares; 0 if it
 * compares none. */
static int rel_families(struct pa_func *f, int *up, const struct edge *ed, int n,
			int *ra, int *rb)
{
	unsigned m = SG_ALL;

	if (ed->rel_a < 0)
		return 0;
	*ra = copy_root(f, ed->rel_a, &m);
	*rb = copy_root(f, ed->rel_b, &m);
	if (*ra < 0 || *rb < 0 || *ra >= n || *rb >= n)
		return 0;
	*ra = fam_find(up, *ra);
	*rb = fam_find(up, *rb);
	return 1;
}

/* Counters: a value, its steps (i + 1) and the PHIs between them are one
 * variable.  A counter tested twice (a retry loop and the test after it),
 * a bound compared twice (two loops over one count, a guard and a loop) and
 * the counters compared with such a bound keep signs. */
static void related_values(struct pa_func *f, unsigned char *iv, int n)
{
	int *up, b, i, e, v, any = 0;
	unsigned char *count, *step, *hot;

	for (v = 0; v < f->cap_arith && v < n && !any; v++)
		any = f->arith[v].op == PA_OP_ADD;
	if (!any)
		return;
	up = pa_xmalloc(sizeof(int) * (size_t)(n + 1));
	count = pa_xcalloc((size_t)n + 1, 1);
	step = pa_xcalloc((size_t)n + 1, 1);
	hot = pa_xcalloc((size_t)n + 1, 1);
	for (v = 0; v <= n; v++)
		up[v] = v;
	for (v = 0; v < f->cap_arith && v < n; v++)
		if (f->arith[v].op == PA_OP_ADD) {
			unsigned m = SG_ALL;
			int r = copy_root(f, f->arith[v].src, &m);

			if (r >= 0 && r < n)
				up[fam_find(up, v)] = fam_find(up, r);
		}
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nphi; i++) {
			struct phi *p = &f->blk[b].phi[i];
			unsigned m = SG_ALL;
			int r = p->src.value >= 0 ? copy_root(f, p->src.value, &m) : -1;

			if (r >= 0 && r < n && p->dst < n)
				up[fam_find(up, p->dst)] = fam_find(up, r);
		}
	for (v = 0; v < f->cap_arith && v < n; v++)
		if (f->arith[v].op == PA_OP_ADD)
			step[fam_find(up, v)] = 1;
	/* tests per variable: a counter's branches, both sides of a comparison
	 * of two values one of which is a counter */
	for (b = 0; b < f->nblk; b++) {
		int last = -1, lastb = -1;

		for (e = 0; e < f->blk[b].nsucc; e++) {
			struct edge *ed = &f->blk[b].succ[e];
			unsigned m = SG_ALL;
			int ra, rb;

			if (ed->value >= 0) {
				ra = resolve(f, ed->value, &m);
				if (ra < 0 || ra >= n || !step[ra = fam_find(up, ra)] || ra == last)
					continue;
				last = ra;	/* two edges of one branch: one test */
				if (count[ra] < 255)
					count[ra]++;
				continue;
			}
			if (!rel_families(f, up, ed, n, &ra, &rb))
				continue;
			if ((!step[ra] && !step[rb]) || (ra == last && rb == lastb))
				continue;
			last = ra;
			lastb = rb;
			if (count[ra] < 255)
				count[ra]++;
			if (count[rb] < 255)
				count[rb]++;
		}
	}
	for (v = 0; v < n; v++)
		if (count[v] >= 2 || (iv[v] && count[fam_find(up, v)]))
			hot[fam_find(up, v)] = 1;
	/* the counters compared with a bound that keeps signs */
	for (b = 0; b < f->nblk; b++)
		for (e = 0; e < f->blk[b].nsucc; e++) {
			int ra, rb;

			if (!rel_families(f, up, &f->blk[b].succ[e], n, &ra, &rb))
				continue;
			if (hot[ra] || hot[rb])
				hot[ra] = hot[rb] = 1;
		}
	for (v = 0; v < n; v++)
		if (hot[fam_find(up, v)])
			iv[v] = 1;
	free(up);
	free(count);
	free(step);
	free(hot);
}

/* From value v, with the bits of *mask read: through copies, v | k and
 * v & k.  Returns the flag word the bits are read from (with *mask the
 * bits), or CONST_ROOT with *cst 1 if they are known set, 0 if known clear;
 * -1 if nothing is known. */
int bits_walk(struct pa_func *f, int v, long *mask, long *cst)
{
	int guard;

	for (guard = 0; guard < 32 && v >= 0; guard++) {
		const struct value_arith *a;

		if (v < f->cap_vdef && f->vdef[v].defined) {
			struct value_def *d = &f->vdef[v];

			if (d->is_const) {
				*cst = (d->k & *mask) != 0;
				return CONST_ROOT;
			}
			if (d->is_cmp || d->is_test || d->is_signs)
				return v;
			v = d->src;
			continue;
		}
		a = pa_value_arith(f, v);
		if (a && a->op == PA_OP_OR) {
			if (a->k & *mask) {
				*cst = 1;
				return CONST_ROOT;
			}
			v = a->src;
			continue;
		}
		if (a && a->op == PA_OP_AND) {
			*mask &= a->k;
			if (!*mask) {
				*cst = 0;
				return CONST_ROOT;
			}
			v = a->src;
			continue;
		}
		return v;
	}
	return -1;
}

static int bitkey_add(struct bitkey **bk, int *n, int *cap, int v, long mask)
{
	int i;

	for (i = 0; i < *n; i++)
		if ((*bk)[i].value == v && (*bk)[i].mask == mask)
			return 0;
	if (*n >= 64)
		return 0;
	PA_GROW(*bk, *n, *cap);
	(*bk)[*n].value = v;
	(*bk)[(*n)++].mask = mask;
	return 1;
}

static int bitkey_find_idx(const struct bitkey *bk, int n, int v, long mask)
{
	int i;

	for (i = 0; i < n; i++)
		if (bk[i].value == v && bk[i].mask == mask)
			return i;
	return -1;
}

/* Is v a PHI with a source whose bits mask are known (a constant, a word
 * with the bits set or cleared)? */
static int phi_tells(struct pa_func *f, int v, long mask)
{
	int b, i;

	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nphi; i++) {
			struct phi *p = &f->blk[b].phi[i];
			long m = mask, cst;

			if (p->dst != v)
				continue;
			if (p->src.is_cst || (p->src.value >= 0 &&
					      bits_walk(f, p->src.value, &m, &cst) == CONST_ROOT))
				return 1;
		}
	return 0;
}

/* The bits of flag words that branches test ((flags & F) != 0), and the
 * same bits of the values PHIs merge into those words. */
struct bitkey *bit_keys(struct pa_func *f, int *nkeys)
{
	struct bitkey *bk = NULL;
	int n = 0, cap = 0, b, e, i, done;

	int *tests = NULL, ntests = 0, captests = 0;

	for (b = 0; b < f->nblk; b++) {
		int last = -1;

		for (e = 0; e < f->blk[b].nsucc; e++) {
			struct edge *ed = &f->blk[b].succ[e];
			unsigned m = SG_ALL;
			long mask = -1, cst;
			int r, k;

			if (ed->value < 0)
				continue;
			r = resolve(f, ed->value, &m);
			if (r < 0)
				continue;
			r = bits_walk(f, r, &mask, &cst);
			if (r < 0 || mask == -1 || (r == last && e))
				continue;
			last = r;
			/* a key is kept where two branches test it, or where a
			 * PHI makes the word from what its sources tell */
			k = bitkey_add(&bk, &n, &cap, r, mask) ? n - 1 : bitkey_find_idx(bk, n, r, mask);
			if (k < 0)
				continue;
			while (ntests <= k) {
				PA_GROW(tests, ntests, captests);
				tests[ntests++] = 0;
			}
			tests[k]++;
		}
	}
	for (i = 0; i < n; i++)
		if (tests[i] < 2 && !phi_tells(f, bk[i].value, bk[i].mask)) {
			bk[i] = bk[--n];
			tests[i--] = tests[n];
		}
	free(tests);
	/* through the PHIs that make them (new keys are appended: one pass) */
	for (done = 0; done < n; done++)
		for (b = 0; b < f->nblk; b++)
			for (i = 0; i < f->blk[b].nphi; i++) {
				struct phi *p = &f->blk[b].phi[i];
				long mask = bk[done].mask, cst;
				int r;

				if (p->dst != bk[done].value || p->src.value < 0 || p->src.is_cst)
					continue;
				r = bits_walk(f, p->src.value, &mask, &cst);
				if (r >= 0)
					bitkey_add(&bk, &n, &cap, r, mask);
			}
	*nkeys = n;
	return bk;
}

/* Memory cells worth following: the function's own out-parameter flag (a
 * parameter's cell that receives constants), and the cells where callees
 * leave their flags; values loaded from them become interesting. */
unsigned char *flag_cells(struct pa_func *f, const struct ppath *pp,
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
