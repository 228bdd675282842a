// SPDX-License-Identifier: GPL-2.0
/*
 * A unit's lowered functions as stable text (pa-dump): what each front end
 * made of a testcase, so that two front ends can be compared line by line.
 * Blocks are renumbered in depth-first order from the entry, forwarding
 * blocks are skipped, values and unnamed objects are numbered by first use,
 * and each call shows the events the rule set gives it.
 */
#include <stdio.h>
#include "analysis.h"

struct dumper {
	struct pa_func *f;
	FILE *fp;
	int *bnum;		/* block -> printed number, 0: not printed */
	int *order, norder;
	int *vnum, nv;		/* value -> printed number */
	int *tnum, nt;		/* object class -> temporary's number */
	int nextv, nextt;
};

static const char *const cmp_names[] = { "==", "!=", "<", "<=", ">", ">=" };

/* A block's instructions, but binds (copies of locations: no event, not
 * printed). */
static int shown_ins(const struct block *bl)
{
	int i, n = 0;

	for (i = 0; i < bl->nins; i++)
		n += bl->ins[i].kind != I_BIND;
	return n;
}

/* Past blocks that do nothing but jump. */
static int forward(struct pa_func *f, int b)
{
	int guard = 0;

	while (guard++ < f->nblk) {
		struct block *bl = &f->blk[b];

		if (shown_ins(bl) || bl->nphi || bl->nsucc != 1 || bl->succ[0].value >= 0 ||
		    bl->succ[0].to == b)
			break;
		b = bl->succ[0].to;
	}
	return b;
}

static void number_blocks(struct dumper *d, int b)
{
	int *stack = pa_xmalloc(sizeof(int) * ((size_t)d->f->nblk * 4 + 4)), n = 0, i;

	stack[n++] = forward(d->f, b);
	while (n) {
		struct block *bl;

		b = stack[--n];
		if (d->bnum[b])
			continue;
		d->bnum[b] = ++d->norder;
		d->order[d->norder - 1] = b;
		bl = &d->f->blk[b];
		/* successors pushed in reverse, so the first is numbered first */
		for (i = bl->nsucc - 1; i >= 0; i--)
			if (n < d->f->nblk * 4)
				stack[n++] = forward(d->f, bl->succ[i].to);
	}
	free(stack);
}

/* A value as an expression over the values it derives from. */
static void put_value(struct dumper *d, int v, int depth)
{
	struct pa_func *f = d->f;
	struct value_def *vd = v >= 0 && v < f->cap_vdef && f->vdef[v].defined ? &f->vdef[v] : NULL;

	if (vd && depth < 8) {
		if (vd->is_const) {
			fprintf(d->fp, "%ld", vd->k);
			return;
		}
		if (vd->is_signs) {
			fprintf(d->fp, "signs(%u)", vd->smask);
			return;
		}
		if (vd->is_cmp) {
			fputc('(', d->fp);
			put_value(d, vd->src, depth + 1);
			fprintf(d->fp, " %s %ld)", cmp_names[vd->op], vd->k);
			return;
		}
		if (vd->is_test) {
			fprintf(d->fp, "test%u(", vd->tmask);
			put_value(d, vd->src, depth + 1);
			fputc(')', d->fp);
			return;
		}
		if (vd->src >= 0) {
			put_value(d, vd->src, depth + 1);
			return;
		}
	}
	if (v < 0) {
		fputc('_', d->fp);
		return;
	}
	PA_GROW(d->vnum, v, d->nv);
	if (!d->vnum[v])
		d->vnum[v] = ++d->nextv;
	fprintf(d->fp, "v%d", d->vnum[v]);
}

static void put_object(struct dumper *d, int node)
{
	struct pa_func *f = d->f;
	const char *name = pa_node_display(f, node);
	int cls = pa_find(f, node), n;

	/* an exempt object by its global's name (the zero page): the same in
	 * every front end, whatever local held it */
	for (n = 0; n < f->nnode; n++)
		if (pa_find(f, n) == cls && exempt_node(f, n)) {
			name = f->node[f->node[n].kind == N_ADDR ? f->node[n].base : n].display;
			break;
		}
	if (!name)
		for (n = 0; n < f->nnode && !name; n++)
			if (pa_find(f, n) == cls)
				name = pa_node_display(f, n);
	if (name) {
		fputs(name, d->fp);
		return;
	}
	PA_GROW(d->tnum, cls, d->nt);
	if (!d->tnum[cls])
		d->tnum[cls] = ++d->nextt;
	fprintf(d->fp, "t%d", d->tnum[cls]);
}

static void put_opnd(struct dumper *d, struct pa_opnd o)
{
	if (o.is_cst)
		fprintf(d->fp, "%ld", o.cst);
	else if (o.node >= 0)
		put_object(d, o.node);
	else
		put_value(d, o.value, 0);
}

static const char *const ev_names[] = {
	[EV_MARK] = "mark", [EV_MARK_ACCESSIBLE] = "mark+accessible",
	[EV_ACCESSIBLE] = "accessible", [EV_RELEASE] = "release", [EV_IO] = "io",
	[EV_SUMMARY] = "summary", [EV_MAP] = "map", [EV_MARK_NESTED] = "mark-nested",
	[EV_NEUTRAL_GET] = "neutral-get", [EV_NEUTRAL_PUT] = "neutral-put",
};

static void put_events(struct dumper *d, const struct instr *in)
{
	int e, n = 0;

	/* a callee's binds (EV_BIND) move pages, they are no events */
	for (e = 0; e < in->nev; e++) {
		if (in->ev[e].kind == EV_BIND)
			continue;
		fprintf(d->fp, "%s%s ", n++ ? ", " : "  {", ev_names[in->ev[e].kind]);
		put_object(d, in->ev[e].node);
	}
	if (n)
		fputc('}', d->fp);
}

static void dump_block(struct dumper *d, int b)
{
	struct block *bl = &d->f->blk[b];
	int i;

	fprintf(d->fp, "  b%d:\n", d->bnum[b]);
	/* a PHI per value, its distinct arguments in order (the blocks they
	 * come from may be forwarders that are not printed) */
	for (i = 0; i < bl->nphi; i++) {
		char *args = NULL, *one = NULL;
		size_t olen = 0;
		FILE *saved = d->fp;
		int j;

		for (j = 0; j < i && bl->phi[j].dst != bl->phi[i].dst; j++)
			;
		if (j < i)
			continue;
		for (j = i; j < bl->nphi; j++) {
			if (bl->phi[j].dst != bl->phi[i].dst)
				continue;
			d->fp = open_memstream(&one, &olen);
			put_opnd(d, bl->phi[j].src);
			fclose(d->fp);
			{
				/* distinct arguments: ", a, b," holds ", a," */
				char *all = pa_xasprintf(", %s,", args ? args : "");
				char *me = pa_xasprintf(", %s,", one);

				if (!args || !strstr(all, me)) {
					char *n = pa_xasprintf("%s%s%s", args ? args : "",
							       args ? ", " : "", one);

					free(args);
					args = n;
				}
				free(all);
				free(me);
			}
			free(one);
			one = NULL;
		}
		d->fp = saved;
		fputs("    ", d->fp);
		put_value(d, bl->phi[i].dst, 0);
		fprintf(d->fp, " = phi(%s)\n", args ? args : "");
		free(args);
	}
	for (i = 0; i < bl->nins; i++) {
		const struct instr *in = &bl->ins[i];
		int a;

		switch (in->kind) {
		case I_CALL:
			fputs("    ", d->fp);
			/* the result as a value (the branches test it); its
			 * object shows in the events */
			if (in->res.value >= 0) {
				put_value(d, in->res.value, 0);
				fputs(" = ", d->fp);
			} else if (in->res.node >= 0) {
				put_opnd(d, in->res);
				fputs(" = ", d->fp);
			}
			fprintf(d->fp, "%s(", in->callee);
			for (a = 0; a < in->nargs; a++) {
				if (a)
					fputs(", ", d->fp);
				put_opnd(d, in->args[a]);
			}
			fputc(')', d->fp);
			break;
		case I_STORE:
			fputs("    store ", d->fp);
			put_object(d, in->dst_node);
			fputs(" = ", d->fp);
			put_opnd(d, in->res);
			break;
		case I_SETCONST:
			fputs("    store ", d->fp);
			put_object(d, in->dst_node);
			fprintf(d->fp, " = %ld", in->res.cst);
			break;
		case I_LOAD:
			fputs("    ", d->fp);
			put_value(d, in->value, 0);
			fputs(" = load ", d->fp);
			if (in->dst_node >= 0)
				put_object(d, in->dst_node);
			else
				fputc('_', d->fp);
			break;
		case I_RETURN:
			fputs("    return ", d->fp);
			if (in->res.node >= 0 || in->res.value >= 0 || in->res.is_cst)
				put_opnd(d, in->res);
			break;
		default:
			continue;	/* a value redefined: no event */
		}
		put_events(d, in);
		fputc('\n', d->fp);
	}
	for (i = 0; i < bl->nsucc; i++) {
		const struct edge *e = &bl->succ[i];

		fprintf(d->fp, "    -> b%d", d->bnum[forward(d->f, e->to)]);
		if (e->value >= 0) {
			fputs(" if ", d->fp);
			put_value(d, e->value, 0);
			fprintf(d->fp, " %s %ld", cmp_names[e->op], e->k);
		}
		fputc('\n', d->fp);
	}
}

static void dump_func(struct pa_func *f, FILE *fp)
{
	struct dumper d = { 0 };
	int i;

	d.f = f;
	d.fp = fp;
	d.bnum = pa_xcalloc((size_t)f->nblk + 1, sizeof(int));
	d.order = pa_xcalloc((size_t)f->nblk + 1, sizeof(int));
	d.nv = 16;
	d.vnum = pa_xcalloc((size_t)d.nv, sizeof(int));
	resolve_events(f);
	d.nt = f->nnode + 1;
	d.tnum = pa_xcalloc((size_t)d.nt, sizeof(int));
	fprintf(fp, "function %s%s\n", f->name, f->is_static ? " static" : "");
	if (f->nblk)
		number_blocks(&d, f->entry);
	for (i = 0; i < d.norder; i++)
		dump_block(&d, d.order[i]);
	free(d.bnum);
	free(d.order);
	free(d.vnum);
	free(d.tnum);
}

int pa_unit_dump(struct pa_unit *u, FILE *fp)
{
	int i;

	for (i = 0; i < u->nfn; i++)
		if (!u->fn[i]->external && !is_primitive(u, u->fn[i]->name))
			dump_func(u->fn[i], fp);
	return ferror(fp) ? -1 : 0;
}
