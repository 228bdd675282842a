// SPDX-License-Identifier: GPL-2.0
/*
 * The unit: functions are analyzed callee first (Tarjan's strongly
 * connected components of the call graph), so each leaves a summary that
 * its callers apply as events; recursive components iterate to a fixed point.
 */
#include "analysis.h"

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
	for (i = 0; i < u->nfn; i++) {
		/* a primitive's body (a header's get_page()) is its rule */
		if (!u->fn[i]->external && is_primitive(u, u->fn[i]->name))
			u->stats.functions--;
		else if (!u->fn[i]->visited && !u->fn[i]->external)
			strongconnect(&t, u->fn[i]);
	}
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
	if (u->nfd)
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
