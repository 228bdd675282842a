// SPDX-License-Identifier: GPL-2.0
/*
 * Building a unit: functions, their blocks and instructions, objects and
 * values.  Objects are a union-find over nodes (roots, fields, elements,
 * addresses) with congruence: when two nodes merge, their fields and
 * elements merge too.  The classes are flow-insensitive: a variable and
 * every copy of it is one class, whatever the path; the binds recorded here
 * (copies, loads, casts, stores, PHIs) let the exploration tell, along each
 * path, which page of the class a location holds (explore.c).
 */
#include <stdio.h>
#include "engine.h"

const char *pa_str(struct pa_unit *u, const char *s)
{
	return pa_intern(&u->str, s);
}

struct pa_unit *pa_unit_new(const struct pa_rules *rules)
{
	struct pa_unit *u = pa_xcalloc(1, sizeof(*u));

	u->rules = rules;
	u->budget = 20000;
	return u;
}

void pa_unit_set_frontend(struct pa_unit *u, const char *name)
{
	u->frontend = name ? pa_str(u, name) : NULL;
}

const char *pa_unit_frontend(const struct pa_unit *u)
{
	return u->frontend;
}

const char *pa_unit_graph_frontend(const struct pa_unit *u)
{
	return u->graph_frontend;
}

void pa_unit_set_budget(struct pa_unit *u, int states)
{
	u->budget = states > 0 ? states : 1;
}

static void func_free(struct pa_func *f)
{
	int b, i;

	for (b = 0; b < f->nblk; b++) {
		for (i = 0; i < f->blk[b].nins; i++) {
			free(f->blk[b].ins[i].args);
			free(f->blk[b].ins[i].ev);
		}
		free(f->blk[b].ins);
		free(f->blk[b].succ);
		free(f->blk[b].phi);
	}
	free(f->blk);
	free(f->node);
	free(f->vdef);
	free(f->arith);
	free(f->root_hash);
	free(f->loc_of);
	free(f->sum.slot);
	free(f->sum.alias);
	free(f->sum.carry);
	free(f->sum.map);
	free(f);
}

void pa_unit_free(struct pa_unit *u)
{
	int i;

	if (!u)
		return;
	for (i = 0; i < u->nfn; i++)
		func_free(u->fn[i]);
	free(u->fn);
	free(u->fn_hash);
	for (i = 0; i < u->nfd; i++)
		pa_finding_free(&u->fd[i]);
	free(u->fd);
	free(u->graphs_seen);
	pa_strtab_free(&u->str);
	free(u);
}

static void fn_hash_add(struct pa_unit *u, int idx);

struct pa_func *pa_func_new(struct pa_unit *u, const char *name,
			    struct pa_loc loc, void *fe_decl)
{
	struct pa_func *f = pa_xcalloc(1, sizeof(*f));

	f->unit = u;
	f->name = pa_str(u, name);
	loc.file = pa_str(u, loc.file ? loc.file : "<unknown>");
	f->loc = loc;
	f->fe_decl = fe_decl;
	f->root_cap = 64;
	f->root_hash = pa_xmalloc(sizeof(int) * (size_t)f->root_cap);
	memset(f->root_hash, -1, sizeof(int) * (size_t)f->root_cap);
	f->tu = u->cur_tu;
	f->next_same = -1;
	PA_GROW(u->fn, u->nfn, u->cap_fn);
	u->fn[u->nfn] = f;
	fn_hash_add(u, u->nfn);
	u->nfn++;
	u->stats.functions++;
	return f;
}

void pa_func_set_blocks(struct pa_func *f, int nblocks, int entry)
{
	f->blk = pa_xcalloc((size_t)nblocks, sizeof(struct block));
	f->nblk = nblocks;
	f->cap_blk = nblocks;
	f->entry = entry;
}

int pa_block_new(struct pa_func *f)
{
	PA_GROW(f->blk, f->nblk, f->cap_blk);
	return f->nblk++;
}

/* ---- nodes ------------------------------------------------------------- */

static int new_node(struct pa_func *f, enum node_kind kind, int base)
{
	struct node *n;

	PA_GROW(f->node, f->nnode, f->cap_node);
	n = &f->node[f->nnode];
	memset(n, 0, sizeof(*n));
	n->parent = f->nnode;
	n->kind = kind;
	n->base = base;
	n->child = n->sibling = -1;
	n->uni = -1;
	return f->nnode++;
}

int pa_find(struct pa_func *f, int n)
{
	while (f->node[n].parent != n) {
		f->node[n].parent = f->node[f->node[n].parent].parent;
		n = f->node[n].parent;
	}
	return n;
}

static void root_rehash(struct pa_func *f)
{
	int cap = f->root_cap * 2, i;
	int *h = pa_xmalloc(sizeof(int) * (size_t)cap);

	memset(h, -1, sizeof(int) * (size_t)cap);
	for (i = 0; i < f->root_cap; i++) {
		int n = f->root_hash[i];
		uint64_t j;

		if (n < 0)
			continue;
		j = pa_hash(f->node[n].key, 0) & (uint64_t)(cap - 1);
		while (h[j] >= 0)
			j = (j + 1) & (uint64_t)(cap - 1);
		h[j] = n;
	}
	free(f->root_hash);
	f->root_hash = h;
	f->root_cap = cap;
}

/* Index root node n read from a graph file. */
void pa_root_index(struct pa_func *f, int n)
{
	uint64_t j;

	if (f->nroot * 2 >= f->root_cap)
		root_rehash(f);
	j = pa_hash(f->node[n].key, 0) & (uint64_t)(f->root_cap - 1);
	while (f->root_hash[j] >= 0)
		j = (j + 1) & (uint64_t)(f->root_cap - 1);
	f->root_hash[j] = n;
	f->nroot++;
}

int pa_node_root(struct pa_func *f, const char *key, const char *display, int param)
{
	uint64_t j;
	int n;

	if (f->nroot * 2 >= f->root_cap)
		root_rehash(f);
	key = pa_str(f->unit, key);
	j = pa_hash(key, 0) & (uint64_t)(f->root_cap - 1);
	while (f->root_hash[j] >= 0) {
		n = f->root_hash[j];
		if (f->node[n].key == key)
			return n;
		j = (j + 1) & (uint64_t)(f->root_cap - 1);
	}
	n = new_node(f, N_ROOT, -1);
	f->node[n].key = key;
	f->node[n].display = display ? pa_str(f->unit, display) : NULL;
	f->node[n].param = param;
	f->root_hash[j] = n;
	f->nroot++;
	return n;
}

/* The child of base's class of this kind (and field), made if missing. */
static int child(struct pa_func *f, int base, enum node_kind kind,
		 const char *tag, const char *field)
{
	int r = pa_find(f, base), c, n;

	for (c = f->node[r].child; c >= 0; c = f->node[c].sibling)
		if (f->node[c].kind == kind && f->node[c].field == field)
			return c;
	n = new_node(f, kind, base);
	f->node[n].tag = tag;
	f->node[n].field = field;
	f->node[n].collection = kind == N_ELEM && !field;
	r = pa_find(f, base);
	f->node[n].sibling = f->node[r].child;
	f->node[r].child = n;
	return n;
}

int pa_node_global(struct pa_func *f, const char *key, const char *display)
{
	int n = pa_node_root(f, key, display, 0);

	f->node[n].global = 1;
	f->node[pa_find(f, n)].global = 1;
	return n;
}

int pa_node_field(struct pa_func *f, int base, const char *tag, const char *field)
{
	if (base < 0 || !field)
		return -1;
	return child(f, base, N_FIELD, tag ? pa_str(f->unit, tag) : NULL,
		     pa_str(f->unit, field));
}

/* A member of a union: every member of the union (named by group within
 * base) is one object, and one memory location. */
int pa_node_union_field(struct pa_func *f, int base, const char *tag, const char *field,
			const char *group)
{
	char *gname;
	int n, g;

	n = pa_node_field(f, base, tag, field);
	if (n < 0 || !group)
		return n;
	gname = pa_xasprintf("(union %s)", group);
	g = child(f, base, N_FIELD, tag ? pa_str(f->unit, tag) : NULL, pa_str(f->unit, gname));
	free(gname);
	f->node[n].uni = g;
	pa_node_same(f, n, g);
	return n;
}

/* p[K] for a constant K: an object of its own (events on all of p's
 * elements reach it too, explore.c), unless code treats the array as
 * one (K's node merges with p[]'s then, like any two nodes). */
int pa_node_elem_at(struct pa_func *f, int base, long k)
{
	char key[32];

	if (base < 0)
		return -1;
	if (f->node[base].kind == N_ADDR && !k)	/* (&x)[0] is x */
		return f->node[base].base;
	snprintf(key, sizeof(key), "%ld", k);
	return child(f, base, N_ELEM, NULL, pa_str(f->unit, key));
}

int pa_node_elem(struct pa_func *f, int base)
{
	if (base < 0)
		return -1;
	if (f->node[base].kind == N_ADDR)	/* *&x is x */
		return f->node[base].base;
	return child(f, base, N_ELEM, NULL, NULL);
}

int pa_node_addr(struct pa_func *f, int base)
{
	struct node *b;

	if (base < 0)
		return -1;
	b = &f->node[base];
	if (b->kind == N_ELEM)			/* &p[i] is p */
		return b->base;
	/* &s->FIELD that the rules make s itself (&folio->page) is merged when
	 * the rules are applied (pa_func_apply_rules) */
	return child(f, base, N_ADDR, NULL, NULL);
}

void pa_node_same(struct pa_func *f, int a, int b)
{
	int *todo = NULL, ntodo = 0, cap = 0;

	if (a < 0 || b < 0)
		return;
	PA_GROW(todo, ntodo + 1, cap);
	todo[ntodo++] = a;
	todo[ntodo++] = b;
	while (ntodo) {
		int rb = pa_find(f, todo[--ntodo]);
		int ra = pa_find(f, todo[--ntodo]);
		int c, next;

		if (ra == rb)
			continue;
		/* keep the older node as representative: it names the object */
		if (rb < ra) {
			int t = ra;

			ra = rb;
			rb = t;
		}
		f->node[rb].parent = ra;
		f->node[ra].collection |= f->node[rb].collection;
		f->node[ra].global |= f->node[rb].global;
		for (c = f->node[rb].child; c >= 0; c = next) {
			int d;

			next = f->node[c].sibling;
			for (d = f->node[ra].child; d >= 0; d = f->node[d].sibling)
				if (f->node[d].kind == f->node[c].kind &&
				    f->node[d].field == f->node[c].field)
					break;
			if (d >= 0) {
				PA_GROW(todo, ntodo + 1, cap);
				todo[ntodo++] = d;
				todo[ntodo++] = c;
			} else {
				f->node[c].sibling = f->node[ra].child;
				f->node[ra].child = c;
			}
		}
		f->node[rb].child = -1;
	}
	free(todo);
}

/* ---- values -------------------------------------------------------------- */

static struct value_def *vdef(struct pa_func *f, int v)
{
	PA_GROW(f->vdef, v, f->cap_vdef);
	return &f->vdef[v];
}

void pa_value_copy(struct pa_func *f, int dst, int src)
{
	struct value_def *d;

	if (dst < 0 || src < 0 || dst == src)
		return;
	d = vdef(f, dst);
	memset(d, 0, sizeof(*d));
	d->defined = 1;
	d->src = src;
}

void pa_value_cmp(struct pa_func *f, int dst, int src, enum pa_cmp op, long k)
{
	struct value_def *d;

	if (dst < 0 || src < 0 || dst == src)
		return;
	d = vdef(f, dst);
	memset(d, 0, sizeof(*d));
	d->defined = 1;
	d->src = src;
	d->is_cmp = 1;
	d->op = op;
	d->k = k;
}

void pa_value_const(struct pa_func *f, int dst, long k)
{
	struct value_def *d;

	if (dst < 0)
		return;
	d = vdef(f, dst);
	memset(d, 0, sizeof(*d));
	d->defined = 1;
	d->is_const = 1;
	d->src = -1;
	d->k = k;
}

/* ---- instructions ------------------------------------------------------------ */

static struct instr *add_instr(struct pa_func *f, int block, enum instr_kind kind,
			       struct pa_loc loc)
{
	struct block *b;
	struct instr *in;

	if (block < 0 || block >= f->nblk)
		return NULL;
	b = &f->blk[block];
	PA_GROW(b->ins, b->nins, b->cap_ins);
	in = &b->ins[b->nins++];
	memset(in, 0, sizeof(*in));
	in->kind = kind;
	loc.file = pa_str(f->unit, loc.file ? loc.file : f->loc.file);
	in->loc = loc;
	in->dst_node = -1;
	in->value = -1;
	in->res.node = in->res.value = -1;
	return in;
}

void pa_call(struct pa_func *f, int block, struct pa_loc loc, const char *callee,
	     int nargs, const struct pa_opnd *args, struct pa_opnd result)
{
	struct instr *in = add_instr(f, block, I_CALL, loc);

	if (!in || !callee)
		return;
	in->callee = pa_str(f->unit, callee);
	in->nargs = nargs;
	in->args = pa_xcalloc((size_t)(nargs ? nargs : 1), sizeof(struct pa_opnd));
	if (nargs > 0)
		memcpy(in->args, args, sizeof(struct pa_opnd) * (size_t)nargs);
	in->res = result;
}

/* What the rule set says of identity: conversions (page_folio()) and
 * members that are their struct (&folio->page).  Applied at analysis, so
 * that a lowered unit (a graph file) does not depend on a rule set. */
void pa_func_apply_rules(struct pa_func *f)
{
	const struct pa_rules *rs = f->unit->rules;
	int b, i, n;

	if (f->rules_applied == rs)
		return;
	f->rules_applied = rs;
	for (n = 0; n < f->nnode; n++) {
		struct node *a = &f->node[n], *fl;

		if (a->kind != N_ADDR)
			continue;
		fl = &f->node[a->base];
		if (fl->kind == N_FIELD && f->node[fl->base].kind == N_ELEM &&
		    pa_rules_field(rs, PA_ROLE_SAME, fl->tag, fl->field))
			pa_node_same(f, n, f->node[fl->base].base);
	}
	for (b = 0; b < f->nblk; b++)
		for (i = 0; i < f->blk[b].nins; i++) {
			struct instr *in = &f->blk[b].ins[i];
			const struct pa_rule *r;

			if (in->kind != I_CALL)
				continue;
			for (r = pa_rules_find(rs, in->callee); r; r = pa_rules_next(rs, r)) {
				struct value_def *d;

				if (r->role == PA_ROLE_SIGN && in->res.value >= 0) {
					/* ERR_PTR(): an error pointer */
					d = vdef(f, in->res.value);
					memset(d, 0, sizeof(*d));
					d->defined = d->is_signs = 1;
					d->src = -1;
					d->smask = (unsigned char)r->signs;
				}
				if (r->argno > in->nargs || r->argno < 1)
					continue;
				if (r->role == PA_ROLE_TEST && in->res.value >= 0 &&
				    in->args[r->argno - 1].value >= 0) {
					/* IS_ERR(p): true iff p is an error pointer */
					d = vdef(f, in->res.value);
					memset(d, 0, sizeof(*d));
					d->defined = d->is_test = 1;
					d->src = in->args[r->argno - 1].value;
					d->tmask = (unsigned char)r->signs;
				}
				if (r->role != PA_ROLE_SAME)
					continue;
				pa_node_same(f, in->args[r->argno - 1].node, in->res.node);
				pa_value_copy(f, in->res.value, in->args[r->argno - 1].value);
			}
		}
}

void pa_store(struct pa_func *f, int block, struct pa_loc loc, int dst_node,
	      struct pa_opnd src)
{
	struct instr *in;

	if (dst_node >= 0 && src.is_cst && !(src.flags & (PA_OPND_INEXACT | PA_OPND_POINTER)))
		pa_store_const(f, block, loc, dst_node, src.cst);
	if (dst_node < 0 || src.node < 0)
		return;
	in = add_instr(f, block, I_STORE, loc);
	if (!in)
		return;
	in->dst_node = dst_node;
	in->res = src;
	pa_node_same(f, dst_node, src.node);
}

void pa_def(struct pa_func *f, int block, int value)
{
	pa_def_arith(f, block, value, PA_OP_COPY, -1, 0);
}

/* value redefined here as src OP k (OP: PA_OP_ADD, _AND, _OR), or as
 * something the engine does not follow (PA_OP_COPY: pa_def) */
void pa_def_arith(struct pa_func *f, int block, int value, enum pa_op op,
		  int src, long k)
{
	struct instr *in;

	if (value < 0)
		return;
	in = add_instr(f, block, I_DEF, (struct pa_loc){ 0 });
	if (!in)
		return;
	in->value = value;
	if (src < 0 || src == value || (op != PA_OP_ADD && op != PA_OP_AND && op != PA_OP_OR))
		return;
	PA_GROW(f->arith, value, f->cap_arith);
	f->arith[value].op = op;
	f->arith[value].src = src;
	f->arith[value].k = k;
}

const struct value_arith *pa_value_arith(const struct pa_func *f, int v)
{
	if (v < 0 || v >= f->cap_arith || f->arith[v].op == PA_OP_COPY)
		return NULL;
	return &f->arith[v];
}

void pa_store_const(struct pa_func *f, int block, struct pa_loc loc, int node, long k)
{
	struct instr *in;

	if (node < 0)
		return;
	in = add_instr(f, block, I_SETCONST, loc);
	if (!in)
		return;
	in->dst_node = node;
	in->res.is_cst = 1;
	in->res.cst = k;
}

void pa_load(struct pa_func *f, int block, int value, int node)
{
	struct instr *in;

	if (value < 0)
		return;
	in = add_instr(f, block, I_LOAD, (struct pa_loc){ 0 });
	if (!in)
		return;
	in->value = value;
	in->dst_node = node;
}

/* Location dst now holds what src holds (explore.c follows it per path). */
void pa_bind(struct pa_func *f, int block, int dst, int src)
{
	struct instr *in;

	if (dst < 0 || src < 0 || dst == src)
		return;
	in = add_instr(f, block, I_BIND, (struct pa_loc){ 0 });
	if (!in)
		return;
	in->dst_node = dst;
	in->res.node = src;
}

void pa_return(struct pa_func *f, int block, struct pa_loc loc, struct pa_opnd val)
{
	struct instr *in = add_instr(f, block, I_RETURN, loc);

	if (in)
		in->res = val;
}

void pa_phi(struct pa_func *f, int from, int to, struct pa_opnd dst, struct pa_opnd src)
{
	struct block *b;

	pa_node_same(f, dst.node, src.node);
	if (from < 0 || from >= f->nblk || to < 0 || to >= f->nblk || dst.value < 0)
		return;
	b = &f->blk[to];
	PA_GROW(b->phi, b->nphi, b->cap_phi);
	b->phi[b->nphi].from = from;
	b->phi[b->nphi].dst = dst.value;
	b->phi[b->nphi].dst_node = dst.node;
	b->phi[b->nphi].src = src;
	b->nphi++;
}

/* ---- how values are made: the engine's identity decisions ------------------- */

static int is_cmp_op(enum pa_op op)
{
	return op >= PA_OP_EQ && op <= PA_OP_GE;
}

static enum pa_op swap_cmp(enum pa_op op)
{
	switch (op) {
	case PA_OP_LT: return PA_OP_GT;
	case PA_OP_LE: return PA_OP_GE;
	case PA_OP_GT: return PA_OP_LT;
	case PA_OP_GE: return PA_OP_LE;
	default: return op;
	}
}

enum pa_op pa_op_invert(enum pa_op op)
{
	switch (op) {
	case PA_OP_EQ: return PA_OP_NE;
	case PA_OP_NE: return PA_OP_EQ;
	case PA_OP_LT: return PA_OP_GE;
	case PA_OP_LE: return PA_OP_GT;
	case PA_OP_GT: return PA_OP_LE;
	default: return PA_OP_LT;
	}
}

/* (a CMP b) as (value OP k); 0 if it is not of that form.  On unsigned
 * operands only the tests against zero say something about the sign. */
static int cmp_form(enum pa_op cmp, struct pa_opnd a, struct pa_opnd b,
		    int *value, enum pa_cmp *op, long *k)
{
	int uns;

	if (a.is_cst && !b.is_cst) {
		struct pa_opnd t = a;

		a = b;
		b = t;
		cmp = swap_cmp(cmp);
	}
	if (a.is_cst || a.value < 0 || !b.is_cst || (b.flags & PA_OPND_INEXACT))
		return 0;
	*value = a.value;
	*k = b.cst;
	uns = (a.flags & PA_OPND_UNSIGNED) != 0;
	switch (cmp) {
	case PA_OP_EQ: *op = PA_EQ; return 1;
	case PA_OP_NE: *op = PA_NE; return 1;
	case PA_OP_GT: *op = uns && !*k ? PA_NE : PA_GT; return !uns || !*k;
	case PA_OP_LE: *op = uns && !*k ? PA_EQ : PA_LE; return !uns || !*k;
	case PA_OP_LT: *op = PA_LT; return !uns;
	case PA_OP_GE: *op = PA_GE; return !uns;
	default: return 0;
	}
}

static int class_global(struct pa_func *f, int n)
{
	return n >= 0 && f->node[pa_find(f, n)].global;
}

/* An operand whose value is a known constant (a front end that does not
 * fold: sparse's unoptimized IR, an AST) is that constant. */
static struct pa_opnd known_const(struct pa_func *f, struct pa_opnd o)
{
	if (!o.is_cst && o.value >= 0 && o.value < f->cap_vdef && f->vdef[o.value].defined &&
	    f->vdef[o.value].is_const) {
		o.is_cst = 1;
		o.cst = f->vdef[o.value].k;
		o.node = -1;
		o.value = -1;
	}
	return o;
}

struct pa_opnd pa_opnd_int(unsigned long long bits, int width, unsigned flags)
{
	struct pa_opnd o = { -1, -1, 1, 0, flags };

	if (width > 0 && width < 64) {
		bits &= (1ULL << width) - 1;
		if (!(flags & PA_OPND_UNSIGNED) && (bits >> (width - 1)) & 1)
			bits |= ~((1ULL << width) - 1);
	}
	if ((flags & PA_OPND_UNSIGNED) && bits >> 63) {
		o.cst = 2;
		o.flags |= PA_OPND_INEXACT;
	} else {
		o.cst = (long)bits;
	}
	return o;
}

static int is_zero(struct pa_opnd o)
{
	return o.is_cst && o.cst == 0 && !(o.flags & PA_OPND_INEXACT);
}

void pa_assign(struct pa_func *f, int block, struct pa_opnd dst, enum pa_op op,
	       struct pa_opnd a, struct pa_opnd b)
{
	int v = dst.value, cv, src = -1;
	enum pa_cmp cop;
	long k;

	switch (op) {
	case PA_OP_COPY:
	case PA_OP_CAST:
		pa_node_same(f, dst.node, a.node);
		pa_bind(f, block, dst.node, a.node);
		if (a.is_cst && !(a.flags & PA_OPND_INEXACT))
			pa_value_const(f, v, a.cst);
		else if (a.value >= 0)
			pa_value_copy(f, v, a.value);
		else
			pa_def(f, block, v);
		return;
	case PA_OP_LOAD:
		pa_node_same(f, dst.node, a.node);
		pa_bind(f, block, dst.node, a.node);
		if (a.node >= 0)
			pa_load(f, block, v, a.node);
		else
			pa_def(f, block, v);
		return;
	case PA_OP_ADDR:
		pa_node_same(f, dst.node, a.node);
		pa_bind(f, block, dst.node, a.node);
		pa_def(f, block, v);
		return;
	case PA_OP_PTRADD:
	case PA_OP_ADD:
	case PA_OP_SUB:
	case PA_OP_MUL:
	case PA_OP_DIV:
	case PA_OP_AND:
	case PA_OP_OR:
	case PA_OP_SHL:
	case PA_OP_SHR:
		a = known_const(f, a);
		b = known_const(f, b);
		/* x & 0 and x * 0 are 0 (s390's ZERO_PAGE(0): empty_zero_page +
		 * (0 & zero_page_mask), folded by GCC, not by sparse) */
		if ((op == PA_OP_AND || op == PA_OP_MUL) && (is_zero(a) || is_zero(b))) {
			pa_value_const(f, v, 0);
			return;
		}
		/* pointer arithmetic and a page's address as an integer keep the
		 * page; base + pfn (pfn_to_page: vmemmap_base + pfn * 64) is the
		 * pfn's page, not the global base's; a global's value with a
		 * constant (s390's empty_zero_page >> 12) stays the global's */
		if (class_global(f, a.node) && op != PA_OP_SUB && b.node >= 0)
			src = b.node;
		else if (class_global(f, b.node) && op != PA_OP_SUB)
			src = a.node;
		else if (b.is_cst || op == PA_OP_PTRADD)
			src = a.node;
		pa_node_same(f, dst.node, src);
		pa_bind(f, block, dst.node, src);
		/* a counter's step and a flag word's bits (k OP a is a OP k) */
		if (a.is_cst && op != PA_OP_SUB) {
			struct pa_opnd t = a;

			a = b;
			b = t;
		}
		if (!(op == PA_OP_ADD || op == PA_OP_SUB || op == PA_OP_AND || op == PA_OP_OR) ||
		    a.is_cst || a.value < 0 || !b.is_cst || (b.flags & PA_OPND_INEXACT) ||
		    (a.flags & PA_OPND_POINTER))
			pa_def(f, block, v);
		else
			pa_def_arith(f, block, v, op == PA_OP_SUB ? PA_OP_ADD : op, a.value,
				     op == PA_OP_SUB ? -b.cst : b.cst);
		return;
	case PA_OP_NOT:
		if (a.value >= 0)
			pa_value_cmp(f, v, a.value, PA_EQ, 0);
		else
			pa_def(f, block, v);
		return;
	case PA_OP_BITNOT:
		if ((a.flags & PA_OPND_BOOL) && a.value >= 0)
			pa_value_cmp(f, v, a.value, PA_EQ, 0);
		else
			pa_def(f, block, v);
		return;
	case PA_OP_XOR:
		if ((a.flags & PA_OPND_BOOL) && a.value >= 0 && b.is_cst && b.cst == 1)
			pa_value_cmp(f, v, a.value, PA_EQ, 0);
		else
			pa_def(f, block, v);
		return;
	default:
		if (is_cmp_op(op) && cmp_form(op, a, b, &cv, &cop, &k))
			pa_value_cmp(f, v, cv, cop, k);
		else
			pa_def(f, block, v);
		return;
	}
}

void pa_branch(struct pa_func *f, int from, int to, int sense, enum pa_op cmp,
	       struct pa_opnd a, struct pa_opnd b, struct pa_loc loc)
{
	int v;
	enum pa_cmp op;
	long k;

	if (!sense)
		cmp = pa_op_invert(cmp);
	if (is_cmp_op(cmp) && cmp_form(cmp, a, b, &v, &op, &k))
		pa_edge(f, from, to, v, op, k, sense, loc);
	else if (is_cmp_op(cmp) && !a.is_cst && !b.is_cst && a.value >= 0 && b.value >= 0 &&
		 a.value != b.value && !((a.flags | b.flags) & PA_OPND_POINTER))
		/* two values: i < n */
		pa_edge_rel(f, from, to, a.value,
			    cmp - PA_OP_EQ + PA_EQ, b.value,
			    ((a.flags | b.flags) & PA_OPND_UNSIGNED) != 0, sense, loc);
	else
		pa_edge(f, from, to, -1, PA_EQ, 0, sense, loc);
}

void pa_edge_rel(struct pa_func *f, int from, int to, int a, enum pa_cmp op,
		 int b, int uns, int sense, struct pa_loc loc)
{
	struct edge *e;

	pa_edge(f, from, to, -1, PA_EQ, 0, sense, loc);
	if (from < 0 || from >= f->nblk || to < 0 || to >= f->nblk || a < 0 || b < 0)
		return;
	e = &f->blk[from].succ[f->blk[from].nsucc - 1];
	e->rel_a = a;
	e->rel_b = b;
	e->rel_op = op;
	e->rel_uns = uns != 0;
}

void pa_edge(struct pa_func *f, int from, int to, int value, enum pa_cmp op,
	     long k, int sense, struct pa_loc loc)
{
	struct block *b;
	struct edge *e;

	if (from < 0 || from >= f->nblk || to < 0 || to >= f->nblk)
		return;
	b = &f->blk[from];
	PA_GROW(b->succ, b->nsucc, b->cap_succ);
	e = &b->succ[b->nsucc++];
	e->to = to;
	e->value = value;
	e->op = op;
	e->k = k;
	e->sense = sense;
	e->rel_a = e->rel_b = -1;
	loc.file = pa_str(f->unit, loc.file ? loc.file : f->loc.file);
	e->loc = loc;
}

/* The name of some member of n's object, by the same rules. */
static const char *class_display(struct pa_func *f, int n, int depth)
{
	int r = pa_find(f, n), i;
	const char *best = NULL, *d;

	if ((d = f->node[n].display) || depth > 4)
		return d;
	for (i = 0; i < f->nnode; i++) {
		if (pa_find(f, i) != r)
			continue;
		d = f->node[i].kind == N_ROOT ? f->node[i].display :
			pa_node_display_depth(f, i, depth + 1);
		if (d && (!best || strlen(d) < strlen(best)))
			best = d;
	}
	return best;
}

/* A name for a node: a variable's name, "s->f", "pages[]"; NULL for a
 * temporary.  A field or element of a temporary is named after a named
 * member of the temporary's object. */
const char *pa_node_display_depth(struct pa_func *f, int n, int depth)
{
	struct node *nd = &f->node[n];
	const char *b;

	if (nd->display || nd->kind == N_ROOT)
		return nd->display;
	b = NULL;
	if (nd->kind == N_FIELD && f->node[nd->base].kind == N_ELEM) {
		b = class_display(f, f->node[nd->base].base, depth);
		if (b)
			b = pa_xasprintf("%s->%s", b, nd->field);
	} else {
		const char *bb = class_display(f, nd->base, depth);

		if (bb && nd->kind == N_FIELD)
			b = pa_xasprintf("%s.%s", bb, nd->field);
		else if (bb && nd->kind == N_ELEM)
			b = pa_xasprintf("%s[%s]", bb, nd->field ? nd->field : "");
		else if (bb && nd->kind == N_ADDR)
			b = pa_xasprintf("&%s", bb);
	}
	if (b) {
		nd = &f->node[n];
		nd->display = pa_str(f->unit, b);
		free((char *)b);
	}
	return nd->display;
}

const char *pa_node_display(struct pa_func *f, int n)
{
	return pa_node_display_depth(f, n, 0);
}

/* The function a call from caller to name reaches: a static one of the
 * caller's translation unit, else a body of that name, else a summary from
 * a database. */
struct pa_func *pa_unit_func(struct pa_unit *u, const struct pa_func *caller,
			     const char *name)
{
	struct pa_func *global = NULL, *ext = NULL;
	uint64_t h;
	int i;

	if (!u->fn_hash)
		return NULL;
	h = pa_hash(name, 0) & (uint64_t)(u->fn_hash_cap - 1);
	while ((i = u->fn_hash[h]) >= 0 && u->fn[i]->name != name)
		h = (h + 1) & (uint64_t)(u->fn_hash_cap - 1);
	for (; i >= 0; i = u->fn[i]->next_same) {
		struct pa_func *f = u->fn[i];

		if (f->external)
			ext = f;
		else if (!f->is_static)
			global = f;
		else if (caller && f->tu == caller->tu)
			return f;
	}
	return global ? global : ext;
}

static void fn_hash_add(struct pa_unit *u, int idx)
{
	uint64_t h;
	int i;

	if ((u->nfn + 1) * 2 > u->fn_hash_cap) {
		int cap = u->fn_hash_cap ? u->fn_hash_cap * 2 : 256, j;

		free(u->fn_hash);
		u->fn_hash = pa_xmalloc(sizeof(int) * (size_t)cap);
		memset(u->fn_hash, -1, sizeof(int) * (size_t)cap);
		u->fn_hash_cap = cap;
		for (j = 0; j < idx; j++)
			u->fn[j]->next_same = -1;
		for (j = 0; j < idx; j++)
			fn_hash_add(u, j);
	}
	h = pa_hash(u->fn[idx]->name, 0) & (uint64_t)(u->fn_hash_cap - 1);
	while ((i = u->fn_hash[h]) >= 0 && u->fn[i]->name != u->fn[idx]->name)
		h = (h + 1) & (uint64_t)(u->fn_hash_cap - 1);
	u->fn[idx]->next_same = i;	/* newest first */
	u->fn_hash[h] = idx;
}

void pa_func_set_static(struct pa_func *f, int is_static)
{
	f->is_static = is_static;
}

int pa_unit_nfindings(const struct pa_unit *u)
{
	return u->nfd;
}

const struct pa_finding *pa_unit_finding(const struct pa_unit *u, int i)
{
	return &u->fd[i];
}

void pa_unit_stats(const struct pa_unit *u, struct pa_stats *st)
{
	*st = u->stats;
}
