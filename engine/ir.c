// SPDX-License-Identifier: GPL-2.0
/*
 * A unit on disk, two ways:
 *  - the graph (".pa" files): every function as its front end lowered it,
 *    so that a merge can analyze the functions of many translation units
 *    together, callee first across files;
 *  - the summaries ("summary database"): what each non-static function does
 *    to its parameters and result, for a later build to apply at calls.
 * Both are line-oriented text; strings are %-escaped, '-' is NULL.
 */
#include <errno.h>
#include <stdio.h>
#include <ctype.h>
#include "engine.h"

#define IR_MAGIC "pageaudit-graph 3"
#define IR_MAGIC_V2 "pageaudit-graph 2"	/* no binds, PHI locations, unions */
#define IR_MAGIC_OLD "pageaudit-graph "	/* any other version */
#define SUM_MAGIC "pageaudit-summaries 5"
#define SUM_MAGIC_V4 "pageaudit-summaries 4"	/* no carriers */
#define SUM_MAGIC_V3 "pageaudit-summaries 3"	/* no waiting results */
#define SUM_MAGIC_V2 "pageaudit-summaries 2"	/* no provenance */
#define SUM_MAGIC_V1 "pageaudit-summaries 1"	/* no out-parameter flags */

/* ---- writing ------------------------------------------------------------------ */

static void put_s(FILE *fp, const char *s)
{
	if (!s) {
		fputs(" -", fp);
		return;
	}
	fputc(' ', fp);
	if (!*s)
		fputs("%00", fp);	/* the empty string */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c <= ' ' || c == '%' || c >= 0x7f || (c == '-' && s[1] == 0))
			fprintf(fp, "%%%02x", c);
		else
			fputc(c, fp);
	}
}

static void put_opnd(FILE *fp, struct pa_opnd o)
{
	fprintf(fp, " %d:%d:%d:%ld", o.node, o.value, o.is_cst, o.cst);
}

static void put_loc(FILE *fp, struct pa_loc l)
{
	fprintf(fp, " %d %d", l.line, l.col);
	put_s(fp, l.file);
}

static void write_func(FILE *fp, struct pa_func *f)
{
	int i, b;

	fprintf(fp, "fn %d %d %d %d", f->is_static, f->nnode, f->nblk, f->entry);
	put_s(fp, f->name);
	put_loc(fp, f->loc);
	fputc('\n', fp);
	/* nodes as the front end made them, then the classes it made them
	 * into (the rule set's merges come at analysis, after this) */
	for (i = 0; i < f->nnode; i++) {
		struct node *n = &f->node[i];

		fprintf(fp, "n %d %d %d %d", n->kind, n->base, n->param,
			n->kind == N_ROOT && n->global);
		put_s(fp, n->key);
		put_s(fp, n->kind == N_ROOT ? n->display : NULL);
		put_s(fp, n->tag);
		put_s(fp, n->field);
		fprintf(fp, " %d\n", n->uni);
	}
	for (i = 0; i < f->nnode; i++)
		if (f->node[i].parent != i)
			fprintf(fp, "u %d %d\n", i, f->node[i].parent);
	for (i = 0; i < f->cap_vdef; i++) {
		struct value_def *d = &f->vdef[i];

		if (d->defined)
			fprintf(fp, "v %d %d %d %d %d %ld\n", i, d->src, d->is_cmp,
				d->is_const, d->op, d->k);
	}
	for (b = 0; b < f->nblk; b++) {
		struct block *bl = &f->blk[b];

		if (!bl->nins && !bl->nsucc && !bl->nphi)
			continue;
		fprintf(fp, "b %d\n", b);
		for (i = 0; i < bl->nphi; i++) {
			fprintf(fp, "p %d %d", bl->phi[i].from, bl->phi[i].dst);
			put_opnd(fp, bl->phi[i].src);
			fprintf(fp, " %d\n", bl->phi[i].dst_node);
		}
		for (i = 0; i < bl->nins; i++) {
			struct instr *in = &bl->ins[i];
			int a;

			switch (in->kind) {
			case I_CALL:
				fprintf(fp, "c %d", in->nargs);
				put_s(fp, in->callee);
				for (a = 0; a < in->nargs; a++)
					put_opnd(fp, in->args[a]);
				put_opnd(fp, in->res);
				break;
			case I_STORE:
				fprintf(fp, "s %d", in->dst_node);
				put_opnd(fp, in->res);
				break;
			case I_DEF:
				fprintf(fp, "d %d", in->value);
				if (pa_value_arith(f, in->value))
					fprintf(fp, " %d %d %ld", pa_value_arith(f, in->value)->op,
						pa_value_arith(f, in->value)->src,
						pa_value_arith(f, in->value)->k);
				fputc('\n', fp);
				continue;
			case I_LOAD:
				fprintf(fp, "l %d %d\n", in->value, in->dst_node);
				continue;
			case I_BIND:
				fprintf(fp, "m %d %d\n", in->dst_node, in->res.node);
				continue;
			case I_SETCONST:
				fprintf(fp, "k %d %ld", in->dst_node, in->res.cst);
				break;
			case I_RETURN:
				fputs("r", fp);
				put_opnd(fp, in->res);
				break;
			}
			put_loc(fp, in->loc);
			fputc('\n', fp);
		}
		for (i = 0; i < bl->nsucc; i++) {
			struct edge *e = &bl->succ[i];

			fprintf(fp, "e %d %d %d %ld %d", e->to, e->value, e->op, e->k, e->sense);
			put_loc(fp, e->loc);
			if (e->rel_a >= 0)
				fprintf(fp, " %d %d %d %d", e->rel_a, e->rel_op, e->rel_b, e->rel_uns);
			fputc('\n', fp);
		}
	}
	fputs("end\n", fp);
}

int pa_unit_write_graph(struct pa_unit *u, FILE *fp)
{
	int i;

	fprintf(fp, "%s\nfrontend", IR_MAGIC);
	put_s(fp, u->frontend ? u->frontend : "unknown");
	fputc('\n', fp);
	for (i = 0; i < u->nfn; i++)
		if (!u->fn[i]->external)
			write_func(fp, u->fn[i]);
	return ferror(fp) ? -1 : 0;
}

/* ---- reading ------------------------------------------------------------------ */

struct reader {
	struct pa_unit *u;
	const char *path;
	FILE *fp;
	char *line;
	size_t cap;
	int lineno;
	char *p;		/* the rest of the line */
	char *err;
	size_t errlen;
	int bad;
	int version;		/* of the graph file: 2 or 3 */
};

static int rfail(struct reader *r, const char *what)
{
	if (!r->bad)
		snprintf(r->err, r->errlen, "%s:%d: error: %s", r->path, r->lineno, what);
	r->bad = 1;
	return -1;
}

static int next_line(struct reader *r)
{
	ssize_t n = getline(&r->line, &r->cap, r->fp);

	if (n < 0)
		return 0;
	r->lineno++;
	if (n && r->line[n - 1] == '\n')
		r->line[n - 1] = 0;
	r->p = r->line;
	return 1;
}

static char *tok(struct reader *r)
{
	char *s;

	while (*r->p == ' ')
		r->p++;
	if (!*r->p) {
		rfail(r, "line ends too early");
		return NULL;
	}
	s = r->p;
	while (*r->p && *r->p != ' ')
		r->p++;
	if (*r->p)
		*r->p++ = 0;
	return s;
}

/* Does the line hold another field? */
static int more(struct reader *r)
{
	while (*r->p == ' ')
		r->p++;
	return *r->p != 0;
}

static long get_l(struct reader *r)
{
	char *s = tok(r), *end;
	long v;

	if (!s)
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end || errno)
		rfail(r, "not a number");
	return v;
}

static int get_i(struct reader *r)
{
	return (int)get_l(r);
}

static const char *get_s(struct reader *r)
{
	char *s = tok(r), *o, *in;

	if (!s || !strcmp(s, "-"))
		return NULL;
	for (in = o = s; *in; in++) {
		if (*in == '%' && isxdigit((unsigned char)in[1]) && isxdigit((unsigned char)in[2])) {
			char h[3] = { in[1], in[2], 0 };

			*o++ = (char)strtol(h, NULL, 16);
			in += 2;
			continue;
		}
		*o++ = *in;
	}
	*o = 0;
	return pa_str(r->u, s);
}

static struct pa_opnd get_opnd(struct reader *r)
{
	struct pa_opnd o = { -1, -1, 0, 0, 0 };
	char *s = tok(r);

	if (!s || sscanf(s, "%d:%d:%d:%ld", &o.node, &o.value, &o.is_cst, &o.cst) != 4)
		rfail(r, "bad operand");
	return o;
}

static struct pa_loc get_loc(struct reader *r)
{
	struct pa_loc l = { 0 };

	l.line = get_i(r);
	l.col = get_i(r);
	l.file = get_s(r);
	return l;
}

static int node_ok(const struct pa_func *f, int n)
{
	return n >= -1 && n < f->nnode;
}

static int value_ok(int v)
{
	return v >= -1 && v < (1 << 24);
}

static int opnd_ok(const struct pa_func *f, struct pa_opnd o)
{
	return node_ok(f, o.node) && value_ok(o.value);
}

/* The records of one function, up to "end". */
static int read_func(struct reader *r, struct pa_func *f, int nnode)
{
	int nread = 0, b = -1, i;

	f->no_binds = r->version < 3;
	f->node = pa_xcalloc((size_t)nnode + 1, sizeof(struct node));
	f->cap_node = nnode + 1;
	f->nnode = nnode;
	while (!r->bad) {
		char *k;

		if (!next_line(r))
			return rfail(r, "file ends inside a function");
		k = tok(r);
		if (!k)
			break;
		if (!strcmp(k, "end")) {
			if (nread != nnode)
				return rfail(r, "fewer nodes than announced");
			break;
		}
		if (!strcmp(k, "n")) {
			struct node *n;

			if (nread >= nnode)
				return rfail(r, "more nodes than announced");
			n = &f->node[nread];
			n->kind = (enum node_kind)get_i(r);
			n->base = get_i(r);
			n->param = get_i(r);
			n->global = get_i(r) != 0;
			n->key = get_s(r);
			n->display = get_s(r);
			n->tag = get_s(r);
			n->field = get_s(r);
			n->uni = r->version >= 3 ? get_i(r) : -1;
			n->parent = nread;
			n->child = n->sibling = -1;
			n->collection = n->kind == N_ELEM && !n->field;
			if (n->kind < N_ROOT || n->kind > N_ADDR ||
			    (n->kind == N_ROOT) != (n->base < 0) || n->base >= nread ||
			    (n->kind == N_ROOT && !n->key) || (n->kind == N_FIELD && !n->field) ||
			    n->uni < -1 || n->uni >= nnode || (n->uni >= 0 && n->kind != N_FIELD))
				return rfail(r, "bad node");
			/* a member made from its base: the base's child */
			if (n->base >= 0) {
				n->sibling = f->node[n->base].child;
				f->node[n->base].child = nread;
			}
			nread++;
			continue;
		}
		if (!strcmp(k, "u")) {
			int a = get_i(r), c = get_i(r);

			if (r->bad || nread != nnode || a < 0 || a >= nnode || c < 0 || c >= nnode)
				return rfail(r, "bad class");
			pa_node_same(f, a, c);
			continue;
		}
		if (!strcmp(k, "v")) {
			int v = get_i(r);
			struct value_def *d;

			if (v < 0 || !value_ok(v))
				return rfail(r, "bad value");
			PA_GROW(f->vdef, v, f->cap_vdef);
			d = &f->vdef[v];
			d->defined = 1;
			d->src = get_i(r);
			d->is_cmp = get_i(r);
			d->is_const = get_i(r);
			d->op = (enum pa_cmp)get_i(r);
			d->k = get_l(r);
			if (!value_ok(d->src) || d->op < PA_EQ || d->op > PA_GE)
				return rfail(r, "bad value");
			continue;
		}
		if (!strcmp(k, "b")) {
			b = get_i(r);
			if (b < 0 || b >= f->nblk)
				return rfail(r, "bad block");
			continue;
		}
		if (b < 0)
			return rfail(r, "record outside a block");
		if (!strcmp(k, "p")) {
			int from = get_i(r), dst = get_i(r);
			struct pa_opnd o = get_opnd(r);
			int dn = r->version >= 3 ? get_i(r) : -1;

			if (from < 0 || from >= f->nblk || !value_ok(dst) || !opnd_ok(f, o) ||
			    !node_ok(f, dn))
				return rfail(r, "bad phi");
			{
				struct pa_opnd d = { dn, dst, 0, 0, 0 };

				pa_phi(f, from, b, d, o);
			}
		} else if (!strcmp(k, "c")) {
			int nargs = get_i(r);
			const char *callee = get_s(r);
			struct pa_opnd *args, res;
			struct pa_loc loc;

			if (nargs < 0 || nargs > 256 || !callee)
				return rfail(r, "bad call");
			args = pa_xcalloc((size_t)nargs + 1, sizeof(*args));
			for (i = 0; i < nargs; i++) {
				args[i] = get_opnd(r);
				if (!opnd_ok(f, args[i]))
					rfail(r, "bad call");
			}
			res = get_opnd(r);
			loc = get_loc(r);
			if (!r->bad && opnd_ok(f, res))
				pa_call(f, b, loc, callee, nargs, args, res);
			free(args);
		} else if (!strcmp(k, "s")) {
			int dst = get_i(r);
			struct pa_opnd o = get_opnd(r);
			struct pa_loc loc = get_loc(r);

			if (dst < 0 || !node_ok(f, dst) || !opnd_ok(f, o) || o.node < 0)
				return rfail(r, "bad store");
			pa_store(f, b, loc, dst, o);
		} else if (!strcmp(k, "l")) {
			int v = get_i(r), n = get_i(r);

			if (!value_ok(v) || v < 0 || !node_ok(f, n))
				return rfail(r, "bad load");
			pa_load(f, b, v, n);
		} else if (!strcmp(k, "m")) {
			int dst = get_i(r), src = get_i(r);

			if (r->bad || dst < 0 || src < 0 || !node_ok(f, dst) || !node_ok(f, src))
				return rfail(r, "bad bind");
			pa_bind(f, b, dst, src);
		} else if (!strcmp(k, "k")) {
			int n = get_i(r);
			long kk = get_l(r);
			struct pa_loc loc = get_loc(r);

			if (n < 0 || !node_ok(f, n))
				return rfail(r, "bad constant store");
			pa_store_const(f, b, loc, n, kk);
		} else if (!strcmp(k, "d")) {
			int v = get_i(r);

			if (!value_ok(v))
				return rfail(r, "bad def");
			if (more(r)) {
				/* v = src OP k (optional: graphs before it have none) */
				int op = get_i(r), src = get_i(r);
				long kk = get_l(r);

				if (r->bad || !value_ok(src) || src < 0 ||
				    (op != PA_OP_ADD && op != PA_OP_AND && op != PA_OP_OR))
					return rfail(r, "bad def");
				pa_def_arith(f, b, v, (enum pa_op)op, src, kk);
			} else {
				pa_def(f, b, v);
			}
		} else if (!strcmp(k, "r")) {
			struct pa_opnd o = get_opnd(r);
			struct pa_loc loc = get_loc(r);

			if (!opnd_ok(f, o))
				return rfail(r, "bad return");
			pa_return(f, b, loc, o);
		} else if (!strcmp(k, "e")) {
			int to = get_i(r), v = get_i(r), op = get_i(r);
			long kk = get_l(r);
			int sense = get_i(r);
			struct pa_loc loc = get_loc(r);

			if (to < 0 || to >= f->nblk || !value_ok(v) || op < PA_EQ || op > PA_GE)
				return rfail(r, "bad edge");
			if (more(r)) {
				/* (a OP b) of two values (optional, as above) */
				int a = get_i(r), rop = get_i(r), bv = get_i(r), uns = get_i(r);

				if (r->bad || v != -1 || a < 0 || bv < 0 || !value_ok(a) ||
				    !value_ok(bv) || rop < PA_EQ || rop > PA_GE)
					return rfail(r, "bad edge");
				pa_edge_rel(f, b, to, a, (enum pa_cmp)rop, bv, uns, sense, loc);
			} else {
				pa_edge(f, b, to, v, (enum pa_cmp)op, kk, sense, loc);
			}
		} else {
			return rfail(r, "unknown record");
		}
	}
	if (r->bad)
		return -1;
	/* nodes were read as they were: rebuild the root index */
	for (i = 0; i < nnode; i++)
		if (f->node[i].kind == N_ROOT)
			pa_root_index(f, i);
	return 0;
}

static int reader_open(struct reader *r, struct pa_unit *u, const char *path,
		       char *err, size_t errlen)
{
	memset(r, 0, sizeof(*r));
	r->u = u;
	r->path = path;
	r->err = err;
	r->errlen = errlen;
	r->fp = fopen(path, "r");
	if (!r->fp) {
		snprintf(err, errlen, "%s: error: cannot open: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* One graph, from a side file or an object's section (objfile.c). */
int pa_unit_read_graph_text(struct pa_unit *u, const char *name, const char *buf, size_t len,
			    char *err, size_t errlen)
{
	struct reader r;
	int rc = 0;
	char *k0;
	const char *fe;

	memset(&r, 0, sizeof(r));
	r.u = u;
	r.path = name;
	r.err = err;
	r.errlen = errlen;
	r.fp = fmemopen((void *)buf, len, "r");
	if (!r.fp) {
		snprintf(err, errlen, "%s: error: cannot read: %s", name, strerror(errno));
		return -1;
	}
	u->cur_tu++;
	r.version = 3;
	if (next_line(&r) && !strcmp(r.line, IR_MAGIC_V2))
		r.version = 2;	/* read: no binds, no unions */
	if (!r.line || (r.version == 3 && strcmp(r.line, IR_MAGIC))) {
		if (!strncmp(r.line ? r.line : "", IR_MAGIC_OLD, strlen(IR_MAGIC_OLD)))
			rfail(&r, "a graph of another format than " IR_MAGIC "; rebuild it with this pageaudit");
		else
			rfail(&r, "not a pageaudit graph (" IR_MAGIC ")");
		rc = -1;
	} else if (!next_line(&r) || !(k0 = tok(&r)) || strcmp(k0, "frontend") ||
		   !(fe = get_s(&r))) {
		rc = rfail(&r, "no frontend line after the graph header");
	} else if (!u->graph_frontend) {
		u->graph_frontend = fe;
	}
	while (!rc && next_line(&r)) {
		char *k = tok(&r);
		int st, nnode, nblk, entry;
		const char *name;
		struct pa_loc loc;
		struct pa_func *f;

		if (!k || strcmp(k, "fn")) {
			rc = rfail(&r, "expected a function");
			break;
		}
		st = get_i(&r);
		nnode = get_i(&r);
		nblk = get_i(&r);
		entry = get_i(&r);
		name = get_s(&r);
		loc = get_loc(&r);
		if (r.bad || !name || nnode < 0 || nnode > (1 << 22) || nblk <= 0 ||
		    nblk > (1 << 22) || entry < 0 || entry >= nblk) {
			rc = rfail(&r, "bad function header");
			break;
		}
		f = pa_func_new(u, name, loc, NULL);
		pa_func_set_static(f, st);
		pa_func_set_blocks(f, nblk, entry);
		rc = read_func(&r, f, nnode);
	}
	free(r.line);
	fclose(r.fp);
	return rc;
}

/* ---- summaries -------------------------------------------------------------- */

static void put_spath(FILE *fp, const struct spath *sp)
{
	int k;

	fprintf(fp, " %d %d", sp->param, sp->nsteps);
	for (k = 0; k < sp->nsteps; k++) {
		fprintf(fp, " %d", sp->step[k].elem);
		put_s(fp, sp->step[k].tag);
		put_s(fp, sp->step[k].field);
	}
}

static int get_spath(struct reader *r, struct spath *sp)
{
	int k;

	sp->param = get_i(r);
	sp->nsteps = get_i(r);
	if (sp->param < 0 || sp->param > 64 || sp->nsteps < 0 || sp->nsteps > SLOT_STEPS)
		return rfail(r, "bad path");
	for (k = 0; k < sp->nsteps; k++) {
		sp->step[k].elem = get_i(r);
		sp->step[k].tag = get_s(r);
		sp->step[k].field = get_s(r);
	}
	return r->bad ? -1 : 0;
}

static void write_summary(FILE *fp, const struct pa_func *f, const char *srcroot,
			  size_t rootlen)
{
	int j, s, t, k;

	fputs("S", fp);
	put_s(fp, f->name);
	fprintf(fp, " %d\n", f->sum.nslot);
	if (f->sum.has_flag) {
		fputs("f", fp);
		put_spath(fp, &f->sum.flag);
		fputc('\n', fp);
	}
	for (j = 0; j < f->sum.nslot; j++) {
		struct slot *sl = &f->sum.slot[j];

		fprintf(fp, "s %d %d", sl->param, sl->nsteps);
		for (k = 0; k < sl->nsteps; k++) {
			fprintf(fp, " %d", sl->step[k].elem);
			put_s(fp, sl->step[k].tag);
			put_s(fp, sl->step[k].field);
		}
		fputc('\n', fp);
		for (s = 0; s < TS_COUNT; s++) {
			struct slot_entry *e = &sl->e[s];

			fprintf(fp, "x %d %u", e->unknown, e->rules);
			for (t = 0; t < TS_COUNT; t++)
				fprintf(fp, " %u", e->exit_sign[t]);
			for (t = 0; t < TS_COUNT; t++)
				fprintf(fp, " %u", e->flag_sign[t]);
			fprintf(fp, " %u", e->pend_sign);
			for (k = 0; k < R_COUNT; k++) {
				if (!(e->rules & (1u << k)))
					continue;
				struct pa_loc l = e->io_loc[k];

				/* paths relative to the tree, not to this machine */
				if (rootlen && l.file && !strncmp(l.file, srcroot, rootlen))
					l.file += rootlen;
				put_s(fp, e->io_callee[k]);
				put_loc(fp, l);
			}
			fputc('\n', fp);
		}
	}
	for (j = 0; j < f->sum.nalias + f->sum.ncarry; j++) {
		const struct alias *al = j < f->sum.nalias ? &f->sum.alias[j] :
			&f->sum.carry[j - f->sum.nalias];

		fputs(j < f->sum.nalias ? "a" : "c", fp);
		put_spath(fp, &al->a);
		put_spath(fp, &al->b);
		fputc('\n', fp);
	}
	for (j = 0; j < f->sum.nmap; j++) {
		fputs("m", fp);
		put_spath(fp, &f->sum.map[j]);
		fputc('\n', fp);
	}
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int pa_unit_write_summaries(struct pa_unit *u, FILE *fp, const char *srcroot,
			    const char *const *provenance)
{
	size_t rootlen = srcroot ? strlen(srcroot) : 0, len;
	char **entry = pa_xcalloc((size_t)u->nfn + 1, sizeof(*entry));
	int i, n = 0, failed = 0;

	fprintf(fp, "%s\n", SUM_MAGIC);
	/* where it comes from: a database is only good for its tree, version,
	 * architecture and config */
	for (i = 0; provenance && provenance[i]; i++)
		fprintf(fp, "# %s\n", provenance[i]);
	for (i = 0; i < u->nfn; i++) {
		struct pa_func *f = u->fn[i];
		FILE *mem;

		if (f->is_static || f->external || !f->has_sum ||
		    (!f->sum.nslot && !f->sum.nalias && !f->sum.ncarry && !f->sum.nmap))
			continue;
		mem = open_memstream(&entry[n], &len);
		if (!mem) {
			failed = 1;
			break;
		}
		write_summary(mem, f, srcroot, rootlen);
		failed |= fclose(mem) != 0;
		n++;
	}
	/* sorted: the same database whatever order the graphs were read in */
	qsort(entry, (size_t)n, sizeof(*entry), cmp_entry);
	for (i = 0; i < n; i++) {
		fputs(entry[i], fp);
		free(entry[i]);
	}
	free(entry);
	return ferror(fp) || failed ? -1 : 0;
}

/* Summaries of functions with no body here; a body analyzed in the unit
 * takes precedence over them. */
int pa_unit_read_summaries(struct pa_unit *u, const char *path, char *err, size_t errlen)
{
	struct reader r;
	struct pa_func *f = NULL;
	struct slot *sl = NULL;
	int rc = 0, nent = TS_COUNT, k, version = 0;

	if (reader_open(&r, u, path, err, errlen))
		return -1;
	if (!next_line(&r) || (strcmp(r.line, SUM_MAGIC) && strcmp(r.line, SUM_MAGIC_V4) &&
			       strcmp(r.line, SUM_MAGIC_V3) &&
			       strcmp(r.line, SUM_MAGIC_V2) && strcmp(r.line, SUM_MAGIC_V1)))
		rc = rfail(&r, "not a pageaudit summary database (" SUM_MAGIC ")");
	else
		version = !strcmp(r.line, SUM_MAGIC) ? 5 : !strcmp(r.line, SUM_MAGIC_V4) ? 4 :
			strcmp(r.line, SUM_MAGIC_V1) ? 2 : 1;
	while (!rc && next_line(&r)) {
		char *kw;

		if (r.line[0] == '#')
			continue;	/* provenance */
		kw = tok(&r);

		if (!kw) {
			rc = -1;
			break;
		}
		if (!strcmp(kw, "S")) {
			const char *name = get_s(&r);
			int n = get_i(&r);

			if (r.bad || !name || n < 0 || n > 4096 || nent != TS_COUNT) {
				rc = rfail(&r, "bad summary header");
				break;
			}
			f = pa_func_new(u, name, (struct pa_loc){ 0 }, NULL);
			f->external = 1;
			f->has_sum = 1;
			u->stats.functions--;
			sl = NULL;
		} else if (!strcmp(kw, "s")) {
			if (!f || nent != TS_COUNT || f->sum.nslot >= 4096) {
				rc = rfail(&r, "slot outside a summary");
				break;
			}
			PA_GROW(f->sum.slot, f->sum.nslot, f->sum.cap);
			sl = &f->sum.slot[f->sum.nslot++];
			memset(sl, 0, sizeof(*sl));
			sl->param = get_i(&r);
			sl->nsteps = get_i(&r);
			if (sl->param < 0 || sl->param > 64 || sl->nsteps < 0 || sl->nsteps > SLOT_STEPS) {
				rc = rfail(&r, "bad slot");
				break;
			}
			for (k = 0; k < sl->nsteps; k++) {
				sl->step[k].elem = get_i(&r);
				sl->step[k].tag = get_s(&r);
				sl->step[k].field = get_s(&r);
			}
			nent = 0;
		} else if (!strcmp(kw, "f")) {
			if (!f || nent != TS_COUNT || f->sum.has_flag) {
				rc = rfail(&r, "flag outside a summary");
				break;
			}
			if (get_spath(&r, &f->sum.flag)) {
				rc = -1;
				break;
			}
			f->sum.has_flag = 1;
		} else if (!strcmp(kw, "a") || (!strcmp(kw, "c") && version > 4)) {
			/* two paths: one object (a), a page in a list (c) */
			int carry = kw[0] == 'c';
			struct alias al;

			if (!f || nent != TS_COUNT ||
			    (carry ? f->sum.ncarry : f->sum.nalias) >= 4096) {
				rc = rfail(&r, "path pair outside a summary");
				break;
			}
			if (get_spath(&r, &al.a) || get_spath(&r, &al.b)) {
				rc = -1;
				break;
			}
			if (carry) {
				PA_GROW(f->sum.carry, f->sum.ncarry, f->sum.cap_carry);
				f->sum.carry[f->sum.ncarry++] = al;
			} else {
				PA_GROW(f->sum.alias, f->sum.nalias, f->sum.cap_alias);
				f->sum.alias[f->sum.nalias++] = al;
			}
		} else if (!strcmp(kw, "m") && version > 4) {
			struct spath m;

			if (!f || nent != TS_COUNT || f->sum.nmap >= 4096) {
				rc = rfail(&r, "map outside a summary");
				break;
			}
			if (get_spath(&r, &m)) {
				rc = -1;
				break;
			}
			PA_GROW(f->sum.map, f->sum.nmap, f->sum.cap_map);
			f->sum.map[f->sum.nmap++] = m;
		} else if (!strcmp(kw, "x")) {
			struct slot_entry *e;
			int t;

			if (!sl || nent >= TS_COUNT) {
				rc = rfail(&r, "entry outside a slot");
				break;
			}
			e = &sl->e[nent++];
			e->unknown = get_i(&r);
			e->rules = (unsigned)get_l(&r);
			for (t = 0; t < TS_COUNT; t++)
				e->exit_sign[t] = (unsigned char)(get_i(&r) & SG_ALL);
			for (t = 0; t < TS_COUNT && version > 1; t++)
				e->flag_sign[t] = (unsigned char)(get_i(&r) & SG_ALL);
			if (version > 3)
				e->pend_sign = (unsigned char)(get_i(&r) & SG_ALL);
			if (e->rules >= (1u << R_COUNT)) {
				rc = rfail(&r, "bad rules");
				break;
			}
			for (k = 0; k < R_COUNT; k++) {
				if (!(e->rules & (1u << k)))
					continue;
				e->io_callee[k] = get_s(&r);
				e->io_loc[k] = get_loc(&r);
			}
		} else {
			rc = rfail(&r, "unknown record");
		}
		if (r.bad)
			rc = -1;
	}
	if (!rc && nent != TS_COUNT)
		rc = rfail(&r, "file ends inside a slot");
	free(r.line);
	fclose(r.fp);
	return rc;
}
