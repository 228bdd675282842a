// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit-sparse: the sparse front end.  A checker on top of sparse's
 * library (Debian's sparse 0.6.4, built by sparse/get-sparse): each file is
 * parsed, evaluated, expanded and linearized as by sparse, and each
 * function's linearized SSA IR (blocks, pseudos, phi nodes, calls, loads
 * and stores, branches and switches) is lowered through the front-end kit
 * (engine/session.c).  Findings print in sparse's format:
 *   FILE:LINE:COL: warning: MESSAGE [pageaudit-RULE]
 *   FILE:LINE:COL:    STEP          (the path, as sparse's follow-up lines)
 *
 * Use it as kbuild's checker:
 *   make C=1 CHECK=/path/build/pageaudit-sparse
 *   make C=2 CHECK="/path/build/pageaudit-sparse -pageaudit-graph"
 * or alone:  build/pageaudit-sparse [SPARSE OPTIONS] t.c
 * Every sparse option (and so the kernel's CHECKFLAGS) goes to sparse.
 * The kit's options (rules json graph summaries werror disable verbose
 * budget max-blocks) are given as
 *   -pageaudit-KEY[=VALUE]     e.g. -pageaudit-rules=FILE -pageaudit-werror
 * graph writes OBJ.pa for pageaudit-merge: OBJ from -o, else from kbuild's
 * -Wp,-MMD,DIR/.OBJ.d, else the source's base name in the current
 * directory.  Exit status: sparse's (a file it cannot parse is reported by
 * sparse, once, and gives no findings; an error of sparse's type checks
 * leaves that expression unknown), 1 with werror and a finding, 1 and
 * one line for a bad option or rule set.
 *
 * Nothing is inlined: a call of a static inline function (get_page() and
 * every other) stays a call, as the GCC plugin sees it before inlining, and
 * the static functions a lowered function uses are lowered too.  sparse's
 * own optimizations are off: the IR is the one just after SSA conversion,
 * close to GIMPLE right after GCC's "ssa" pass.
 *
 * Debug: -pageaudit-graph and build/pa-dump OBJ.pa show what was lowered;
 * test-linearize from sparse's source shows sparse's own IR.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "allocate.h"
#include "token.h"
#include "parse.h"
#include "symbol.h"
#include "expression.h"
#include "linearize.h"
#include "flow.h"
#include "ssa.h"
#include "options.h"
#include "scope.h"
#include "evaluate.h"

#include "pageaudit.h"

static struct pa_session *session;

/* ---- per-function state: what a pseudo is -------------------------------- */

struct pinfo {
	pseudo_t p;
	int value;		/* the engine's value id, -1 for none */
	struct symbol *var;	/* the variable it was stored into, if any */
};

struct lower {
	struct pa_func *f;
	struct entrypoint *ep;
	struct pinfo *tab;	/* open addressing on the pseudo's address */
	unsigned cap, n;
	int nextv;
	int *last;		/* sparse block -> the engine block it ends in */
	int exit;		/* the engine's exit block */
};

static struct pinfo *pinfo(struct lower *l, pseudo_t p)
{
	unsigned h;

	if (l->n * 2 >= l->cap) {
		struct pinfo *old = l->tab;
		unsigned ocap = l->cap, i;

		l->cap = ocap ? ocap * 2 : 256;
		l->tab = calloc(l->cap, sizeof(*l->tab));
		if (!l->tab)
			die("out of memory");
		l->n = 0;
		for (i = 0; i < ocap; i++)
			if (old[i].p)
				*pinfo(l, old[i].p) = old[i];
		free(old);
	}
	h = (unsigned)(((uintptr_t)p >> 4) * 2654435761u) & (l->cap - 1);
	while (l->tab[h].p && l->tab[h].p != p)
		h = (h + 1) & (l->cap - 1);
	if (!l->tab[h].p) {
		l->tab[h].p = p;
		l->tab[h].value = -1;
		l->n++;
	}
	return &l->tab[h];
}

static struct pa_loc make_loc(struct position pos)
{
	struct pa_loc l = { NULL, 0, 0, 0 };

	if (pos.type == TOKEN_BAD && !pos.line)
		return l;
	l.file = stream_name(pos.stream);
	l.line = (int)pos.line;
	l.col = (int)pos.pos;
	return l;
}

/* ---- types -------------------------------------------------------------- */

static struct symbol *strip(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_RESTRICT || t->type == SYM_FOULED ||
		     t->type == SYM_ENUM || t->type == SYM_TYPEOF))
		t = t->ctype.base_type;
	return t;
}

static struct symbol *pointee(struct symbol *t)
{
	t = strip(t);
	return t && t->type == SYM_PTR ? t->ctype.base_type : NULL;
}

static unsigned opnd_flags(struct symbol *type)
{
	struct symbol *t = strip(type);
	unsigned flags = 0;

	if (!t)
		return 0;
	if (t->type == SYM_PTR || t->type == SYM_ARRAY || t->type == SYM_FN)
		return PA_OPND_UNSIGNED | PA_OPND_POINTER;
	if (t->ctype.modifiers & MOD_UNSIGNED)
		flags |= PA_OPND_UNSIGNED;
	if (t == &bool_ctype || t->bit_size == 1)
		flags |= PA_OPND_BOOL;
	return flags;
}

/* the type of a pseudo's value */
static struct symbol *pseudo_type(struct lower *l, pseudo_t p)
{
	switch (p->type) {
	case PSEUDO_REG:
	case PSEUDO_PHI:
		return p->def ? p->def->type : NULL;
	case PSEUDO_ARG: {
		struct symbol *arg;
		int i = 0;

		FOR_EACH_PTR(l->ep->name->ctype.base_type->arguments, arg) {
			if (++i == p->nr)
				return arg;
		} END_FOR_EACH_PTR(arg);
		return NULL;
	}
	default:
		return NULL;
	}
}

static int is_scalar(struct symbol *type)
{
	struct symbol *t = strip(type);

	return t && (t->type == SYM_BASETYPE || t->type == SYM_PTR || t->type == SYM_BITFIELD);
}

/* ---- objects ------------------------------------------------------------ */

static int is_global(struct symbol *sym)
{
	return (sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC | MOD_EXTERN)) != 0;
}

static int param_index(struct lower *l, struct symbol *sym)
{
	struct symbol *arg;
	int i = 0;

	FOR_EACH_PTR(l->ep->name->ctype.base_type->arguments, arg) {
		i++;
		if (arg == sym)
			return i;
	} END_FOR_EACH_PTR(arg);
	return 0;
}

/* a variable, a parameter or a global */
static int sym_node(struct lower *l, struct symbol *sym)
{
	char key[32];
	const char *name = sym->ident ? show_ident(sym->ident) : NULL;

	snprintf(key, sizeof(key), "d%p", (void *)sym);
	if (is_global(sym))
		return pa_node_global(l->f, key, name);
	return pa_node_root(l->f, key, name, param_index(l, sym));
}

static int pseudo_node(struct lower *l, pseudo_t p)
{
	struct pinfo *pi;
	char key[32];

	switch (p->type) {
	case PSEUDO_REG:
	case PSEUDO_PHI:
	case PSEUDO_ARG:
		pi = pinfo(l, p);
		if (pi->var)
			return sym_node(l, pi->var);
		if (p->type == PSEUDO_ARG) {
			struct symbol *arg = pseudo_type(l, p);

			if (arg)
				return sym_node(l, arg);
		}
		snprintf(key, sizeof(key), "s%p", (void *)p);
		return pa_node_root(l->f, key, NULL, 0);
	case PSEUDO_SYM: {
		struct symbol *t = strip(p->sym);

		/* an array decays to its elements' pointer, a function is code */
		if (t && (t->type == SYM_ARRAY || t->type == SYM_FN))
			return sym_node(l, p->sym);
		return pa_node_addr(l->f, sym_node(l, p->sym));
	}
	default:
		return -1;
	}
}

static long type_bytes(struct symbol *t)
{
	t = strip(t);
	return t && t->bit_size > 0 ? bits_to_bytes(t->bit_size) : 0;
}

/* The member of struct or union t at byte offset off for an access of
 * size bits: the one of the access's type first (a union's members share
 * offset 0), else the one that contains the offset. */
static struct symbol *member_at(struct symbol *t, long off, struct symbol *access)
{
	struct symbol *m, *best = NULL;

	FOR_EACH_PTR(t->symbol_list, m) {
		long start = (long)m->offset, len = type_bytes(m);

		if (off < start || off >= start + (len ? len : 1))
			continue;
		if (off == start && access && strip(m) == strip(access))
			return m;
		if (!best)
			best = m;
	} END_FOR_EACH_PTR(m);
	return best;
}

/* A union's name for the engine, as the plugin's: its first named member's
 * (union { struct page *page; struct folio *folio; } is "page"). */
static const char *union_group(struct symbol *u)
{
	struct symbol *m;

	FOR_EACH_PTR(u->symbol_list, m) {
		if (m->ident)
			return show_ident(m->ident);
	} END_FOR_EACH_PTR(m);
	return "";
}

/* The object an access of type access at offset off of base (an object of
 * type t) denotes: s->f, s->a.b, s->arr[K], s->arr[] (varidx: the first
 * array's index is not a constant), seen through anonymous members. */
static int field_path(struct lower *l, int node, struct symbol *type, long off,
		      struct symbol *access, int varidx)
{
	const char *tag = NULL;
	int via_anon = 0, guard;

	for (guard = 0; guard < 32; guard++) {
		struct symbol *t = strip(type), *m;

		if (!t)
			break;
		if (t->type == SYM_STRUCT || t->type == SYM_UNION) {
			if (off == 0 && access && strip(access) == t)
				break;
			if (t->ident)
				tag = show_ident(t->ident);
			else if (!via_anon)
				tag = NULL;
			m = member_at(t, off, access);
			if (!m)
				break;
			off -= (long)m->offset;
			if (m->ident && t->type == SYM_UNION) {
				node = pa_node_union_field(l->f, node, tag, show_ident(m->ident),
							   union_group(t));
				via_anon = 0;
			} else if (m->ident) {
				node = pa_node_field(l->f, node, tag, show_ident(m->ident));
				via_anon = 0;
			} else {
				via_anon = 1;
			}
			type = m;
			continue;
		}
		if (t->type == SYM_ARRAY) {
			long n = type_bytes(t->ctype.base_type);

			if (off == 0 && access && strip(access) == t)
				break;
			/* a constant index: a[K], an element of its own (the
			 * plugin's ARRAY_REF) */
			node = varidx ? pa_node_elem(l->f, node) :
					pa_node_elem_at(l->f, node, n ? off / n : 0);
			varidx = 0;
			off = n ? off % n : 0;
			type = t->ctype.base_type;
			via_anon = 0;
			continue;
		}
		break;
	}
	return node;
}

/* What an address points to: a symbol's type for &sym */
static struct symbol *addr_pointee(struct lower *l, pseudo_t p)
{
	if (p->type == PSEUDO_SYM)
		return p->sym;
	if (p->type == PSEUDO_REG && p->def && p->def->opcode == OP_SYMADDR &&
	    p->def->src->type == PSEUDO_SYM)
		return p->def->src->sym;
	return pointee(pseudo_type(l, p));
}

/* The memory a load or store at off[addr] touches.  An address base +
 * i * size is base's element and &base->m + k base's at m's offset + k, as
 * GIMPLE's ARRAY_REF and COMPONENT_REF: s->arr[i] is elem(field(elem(s),
 * arr)) whatever i is. */
static int mem_node(struct lower *l, pseudo_t addr, long off, struct symbol *access)
{
	int varidx = 0;

	/* (a named pointer is its own object: p = &s->m; p->x is p's) */
	while (addr->type == PSEUDO_REG && addr->def && addr->def->bb && !pinfo(l, addr)->var) {
		struct instruction *d = addr->def;

		struct symbol *t = d->opcode == OP_ADD ? strip(addr_pointee(l, d->src1)) : NULL;

		if (d->opcode == OP_SYMADDR) {
			addr = d->src;
		} else if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
			   d->src2->type == PSEUDO_VAL && d->src2->value &&
			   member_at(t, (long)d->src2->value, NULL) &&
			   (long)member_at(t, (long)d->src2->value, NULL)->offset == (long)d->src2->value) {
			/* &base->m: base at m's offset */
			off += (long)d->src2->value;
			addr = d->src1;
		} else if (d->opcode == OP_ADD && d->src2->type != PSEUDO_VAL &&
			   !(opnd_flags(pseudo_type(l, d->src2)) & PA_OPND_POINTER) &&
			   (d->src1->type == PSEUDO_SYM ||
			    (opnd_flags(pseudo_type(l, d->src1)) & PA_OPND_POINTER) ||
			    (d->src1->type == PSEUDO_REG && d->src1->def &&
			     d->src1->def->opcode == OP_SYMADDR))) {
			addr = d->src1;
			varidx = 1;
		} else {
			break;
		}
	}
	if (addr->type == PSEUDO_SYM)
		return field_path(l, sym_node(l, addr->sym), addr->sym, off, access, varidx);
	return field_path(l, pa_node_elem(l->f, pseudo_node(l, addr)),
			  pointee(pseudo_type(l, addr)), off, access, varidx);
}

static struct pa_opnd opnd(struct lower *l, pseudo_t p, struct symbol *type)
{
	struct pa_opnd o = { -1, -1, 0, 0, 0 };

	if (!p)
		return o;
	switch (p->type) {
	case PSEUDO_VAL: {
		/* sparse keeps a constant in its type's bits */
		struct symbol *t = strip(type);

		return pa_opnd_int((unsigned long long)p->value,
				   t && t->bit_size > 0 && t->bit_size < 64 ? t->bit_size : 64,
				   opnd_flags(type));
	}
	case PSEUDO_SYM:
		o.node = pseudo_node(l, p);
		o.flags = PA_OPND_UNSIGNED | PA_OPND_POINTER;
		return o;
	case PSEUDO_REG:
		/* &var is an operand of its own, as in GIMPLE */
		if (p->def && p->def->opcode == OP_SYMADDR)
			return opnd(l, p->def->src, type);
		/* fall through */
	case PSEUDO_PHI:
	case PSEUDO_ARG: {
		struct pinfo *pi = pinfo(l, p);

		if (pi->value < 0)
			pi->value = l->nextv++;
		o.value = pi->value;
		o.node = pseudo_node(l, p);
		o.flags = opnd_flags(pseudo_type(l, p) ? pseudo_type(l, p) : type);
		return o;
	}
	default:
		return o;
	}
}

static struct pa_opnd none(void)
{
	struct pa_opnd o = { -1, -1, 0, 0, 0 };

	return o;
}

/* ---- instructions ------------------------------------------------------- */

static enum pa_op op_of(int opcode)
{
	switch (opcode) {
	case OP_ADD: return PA_OP_ADD;
	case OP_SUB: return PA_OP_SUB;
	case OP_MUL: return PA_OP_MUL;
	case OP_DIVU: case OP_DIVS: return PA_OP_DIV;
	case OP_MODU: case OP_MODS: return PA_OP_MOD;
	case OP_AND: return PA_OP_AND;
	case OP_OR: return PA_OP_OR;
	case OP_XOR: return PA_OP_XOR;
	case OP_SHL: return PA_OP_SHL;
	case OP_LSR: case OP_ASR: return PA_OP_SHR;
	case OP_NOT: return PA_OP_BITNOT;
	case OP_NEG: return PA_OP_NEG;
	case OP_SET_EQ: return PA_OP_EQ;
	case OP_SET_NE: return PA_OP_NE;
	case OP_SET_LT: case OP_SET_B: return PA_OP_LT;
	case OP_SET_LE: case OP_SET_BE: return PA_OP_LE;
	case OP_SET_GT: case OP_SET_A: return PA_OP_GT;
	case OP_SET_GE: case OP_SET_AE: return PA_OP_GE;
	case OP_TRUNC: case OP_ZEXT: case OP_SEXT: case OP_PTRCAST: case OP_UTPTR:
	case OP_PTRTU: case OP_FCVTU: case OP_FCVTS: case OP_UCVTF: case OP_SCVTF:
	case OP_FCVTF:
		return PA_OP_CAST;
	case OP_COPY: return PA_OP_COPY;
	default: return PA_OP_OTHER;
	}
}

static int is_compare(int opcode)
{
	return opcode >= OP_BINCMP && opcode <= OP_BINCMP_END;
}

/* a casted value: the value */
static pseudo_t through_casts(pseudo_t p)
{
	while (p->type == PSEUDO_REG && p->def && p->def->bb &&
	       (p->def->opcode == OP_ZEXT || p->def->opcode == OP_SEXT ||
		p->def->opcode == OP_TRUNC))
		p = p->def->src;
	return p;
}

/* !!c, c a comparison, spelled by sparse (c == 0) == 0: c, as GIMPLE has
 * it; NULL for any other compare */
static pseudo_t not_not(struct instruction *insn)
{
	pseudo_t x, c;

	if (insn->opcode != OP_SET_EQ || !is_zero(insn->src2))
		return NULL;
	x = through_casts(insn->src1);
	if (x->type != PSEUDO_REG || !x->def || x->def->opcode != OP_SET_EQ || !is_zero(x->def->src2))
		return NULL;
	c = through_casts(x->def->src1);
	if (c->type == PSEUDO_REG && c->def && is_compare(c->def->opcode))
		return c;
	return NULL;
}

/* dst = base + k, base a pointer to a struct with a member at k: &base->m */
static int member_addr(struct lower *l, struct instruction *insn, struct pa_opnd *out)
{
	struct symbol *t = strip(addr_pointee(l, insn->src1));
	struct symbol *m;

	if (insn->opcode != OP_ADD || insn->src2->type != PSEUDO_VAL || !t ||
	    (t->type != SYM_STRUCT && t->type != SYM_UNION) || !insn->src2->value)
		return 0;
	m = member_at(t, (long)insn->src2->value, pointee(insn->type));
	if (!m || (long)m->offset != (long)insn->src2->value)
		return 0;
	out->node = pa_node_addr(l->f, mem_node(l, insn->src1, (long)insn->src2->value,
						pointee(insn->type)));
	out->value = -1;
	out->is_cst = 0;
	out->flags = PA_OPND_UNSIGNED | PA_OPND_POINTER;
	return 1;
}

static void lower_call(struct lower *l, int b, struct instruction *insn)
{
	struct pa_opnd args[64], res = none();
	struct symbol *fn = insn->func->type == PSEUDO_SYM ? insn->func->sym : NULL;
	struct symbol *argtype;
	pseudo_t arg;
	int n = 0;

	if (!fn || !fn->ident || !strip(fn) || strip(fn)->type != SYM_FN) {
		if (insn->target && insn->target != VOID && has_users(insn->target))
			pa_assign(l->f, b, opnd(l, insn->target, insn->type), PA_OP_OTHER,
				  none(), none());
		return;
	}
	PREPARE_PTR_LIST(insn->fntypes, argtype);
	NEXT_PTR_LIST(argtype);		/* the first is the function's type */
	FOR_EACH_PTR(insn->arguments, arg) {
		if (n < 64)
			args[n++] = opnd(l, arg, argtype);
		NEXT_PTR_LIST(argtype);
	} END_FOR_EACH_PTR(arg);
	FINISH_PTR_LIST(argtype);
	if (insn->target && insn->target != VOID && has_users(insn->target))
		res = opnd(l, insn->target, insn->type);
	pa_call(l->f, b, make_loc(insn->pos), show_ident(fn->ident), n, args, res);
}

/* dst = cond ? a : b, as the branches and the PHI GCC makes of it; returns
 * the block the rest of the sparse block goes into */
static int lower_select(struct lower *l, int b, struct instruction *insn)
{
	int t = pa_block_new(l->f), e = pa_block_new(l->f), j = pa_block_new(l->f);
	struct pa_loc loc = make_loc(insn->pos);
	struct pa_opnd c = opnd(l, insn->src1, NULL), zero = { -1, -1, 1, 0, 0 };
	struct pa_opnd dst = opnd(l, insn->target, insn->type);

	zero.flags = c.flags;
	pa_branch(l->f, b, t, 1, PA_OP_NE, c, zero, loc);
	pa_branch(l->f, b, e, 0, PA_OP_NE, c, zero, loc);
	pa_edge(l->f, t, j, -1, PA_EQ, 0, -1, loc);
	pa_edge(l->f, e, j, -1, PA_EQ, 0, -1, loc);
	pa_phi(l->f, t, j, dst, opnd(l, insn->src2, insn->type));
	pa_phi(l->f, e, j, dst, opnd(l, insn->src3, insn->type));
	return j;
}

static void lower_branch(struct lower *l, int b, struct instruction *insn)
{
	struct pa_loc loc = make_loc(insn->pos);
	struct instruction *def = insn->cond->type == PSEUDO_REG ? insn->cond->def : NULL;
	int bt = (int)(intptr_t)insn->bb_true->priv, bf = (int)(intptr_t)insn->bb_false->priv;

	if (def && def->bb && is_compare(def->opcode) && !not_not(def)) {
		struct pa_opnd a = opnd(l, def->src1, def->itype), c = opnd(l, def->src2, def->itype);
		enum pa_op op = op_of(def->opcode);

		pa_branch(l->f, b, bt, 1, op, a, c, loc);
		pa_branch(l->f, b, bf, 0, op, a, c, loc);
	} else {
		struct pa_opnd a = opnd(l, insn->cond, NULL), zero = { -1, -1, 1, 0, 0 };

		zero.flags = a.flags;
		pa_branch(l->f, b, bt, 1, PA_OP_NE, a, zero, loc);
		pa_branch(l->f, b, bf, 0, PA_OP_NE, a, zero, loc);
	}
}

static void lower_switch(struct lower *l, int b, struct instruction *insn)
{
	struct pa_loc loc = make_loc(insn->pos);
	struct pa_opnd v = opnd(l, insn->cond, NULL);
	struct multijmp *jmp;

	FOR_EACH_PTR(insn->multijmp_list, jmp) {
		int to = (int)(intptr_t)jmp->target->priv;

		if (jmp->begin == jmp->end && v.value >= 0)
			pa_edge(l->f, b, to, v.value, PA_EQ, (long)jmp->begin, -1, loc);
		else
			pa_edge(l->f, b, to, -1, PA_EQ, 0, -1, loc);
	} END_FOR_EACH_PTR(jmp);
}

/* the instructions of one sparse block; returns the engine block it ends in */
static int lower_block(struct lower *l, struct basic_block *bb)
{
	int b = (int)(intptr_t)bb->priv;
	struct instruction *insn;

	FOR_EACH_PTR(bb->insns, insn) {
		struct pa_opnd dst;

		if (!insn->bb)
			continue;
		switch (insn->opcode) {
		case OP_LOAD:
			dst = opnd(l, insn->target, insn->type);
			{
				struct pa_opnd m = none();

				m.node = mem_node(l, insn->src, (long)insn->offset, insn->type);
				pa_assign(l->f, b, dst, PA_OP_LOAD, m, none());
			}
			break;
		case OP_STORE:
			/* a struct's initializer (= { }) stores no value, as
			 * GIMPLE's constructor; a struct copy (a loaded struct,
			 * a pseudo) stores its object */
			pa_store(l->f, b, make_loc(insn->pos),
				 mem_node(l, insn->src, (long)insn->offset, insn->type),
				 is_scalar(insn->type) || insn->target->type == PSEUDO_REG ?
				 opnd(l, insn->target, insn->type) : none());
			break;
		case OP_CALL:
			lower_call(l, b, insn);
			break;
		case OP_RET:
			pa_return(l->f, b, make_loc(insn->pos),
				  insn->src && insn->src != VOID ? opnd(l, insn->src, insn->type) : none());
			pa_edge(l->f, b, l->exit, -1, PA_EQ, 0, -1, make_loc(insn->pos));
			break;
		case OP_BR:
			pa_edge(l->f, b, (int)(intptr_t)insn->bb_true->priv, -1, PA_EQ, 0, -1,
				make_loc(insn->pos));
			break;
		case OP_CBR:
			lower_branch(l, b, insn);
			break;
		case OP_SWITCH:
			lower_switch(l, b, insn);
			break;
		case OP_COMPUTEDGOTO: {
			struct basic_block *child;

			FOR_EACH_PTR(bb->children, child) {
				pa_edge(l->f, b, (int)(intptr_t)child->priv, -1, PA_EQ, 0, -1,
					make_loc(insn->pos));
			} END_FOR_EACH_PTR(child);
			break;
		}
		case OP_SEL:
			b = lower_select(l, b, insn);
			break;
		case OP_SYMADDR:	/* an operand of its users (opnd) */
			break;
		case OP_ADD:
		case OP_SUB: {
			struct pa_opnd a = opnd(l, insn->src1, insn->type);
			struct pa_opnd c = opnd(l, insn->src2, insn->type);
			struct pa_opnd addr;

			dst = opnd(l, insn->target, insn->type);
			if (member_addr(l, insn, &addr)) {
				pa_assign(l->f, b, dst, PA_OP_ADDR, addr, none());
			} else if (dst.flags & PA_OPND_POINTER) {
				if ((c.flags & PA_OPND_POINTER) && !(a.flags & PA_OPND_POINTER))
					pa_assign(l->f, b, dst, PA_OP_PTRADD, c, a);
				else
					pa_assign(l->f, b, dst, PA_OP_PTRADD, a, c);
			} else {
				pa_assign(l->f, b, dst, op_of(insn->opcode), a, c);
			}
			break;
		}
		case OP_PHI: {
			/* its edges come later (lower_phis); its objects now,
			 * in the order GCC's PHIs make them */
			pseudo_t src;

			opnd(l, insn->target, insn->type);
			FOR_EACH_PTR(insn->phi_list, src) {
				if (src->type == PSEUDO_PHI && src->def && src->def->phi_src)
					opnd(l, src->def->phi_src, insn->type);
			} END_FOR_EACH_PTR(src);
			break;
		}
		case OP_ENTRY: case OP_PHISOURCE: case OP_NOP: case OP_DEATHNOTE:
		case OP_CONTEXT: case OP_RANGE: case OP_INLINED_CALL: case OP_LABEL:
		case OP_UNREACH: case OP_BADOP:
			break;
		case OP_ASM: {
			struct asm_constraint *out;

			FOR_EACH_PTR(insn->asm_rules->outputs, out) {
				if (!out->is_memory && out->pseudo && out->pseudo->type == PSEUDO_REG)
					pa_assign(l->f, b, opnd(l, out->pseudo, NULL), PA_OP_OTHER,
						  none(), none());
			} END_FOR_EACH_PTR(out);
			break;
		}
		default:
			if (!insn->target || insn->target == VOID)
				break;
			dst = opnd(l, insn->target, insn->type);
			if (is_compare(insn->opcode) && not_not(insn))
				pa_assign(l->f, b, dst, PA_OP_COPY,
					  opnd(l, not_not(insn), insn->itype), none());
			else if (is_compare(insn->opcode))
				pa_assign(l->f, b, dst, op_of(insn->opcode),
					  opnd(l, insn->src1, insn->itype),
					  opnd(l, insn->src2, insn->itype));
			else if (insn->opcode >= OP_BINARY && insn->opcode <= OP_BINARY_END)
				pa_assign(l->f, b, dst, op_of(insn->opcode),
					  opnd(l, insn->src1, insn->type),
					  opnd(l, insn->src2, insn->type));
			else if (insn->opcode >= OP_UNOP && insn->opcode <= OP_UNOP_END)
				pa_assign(l->f, b, dst, op_of(insn->opcode),
					  opnd(l, insn->src, insn->orig_type), none());
			else
				pa_assign(l->f, b, dst, PA_OP_OTHER, none(), none());
			break;
		}
	} END_FOR_EACH_PTR(insn);
	return b;
}

/* PHIs: each source comes from the block its phisource ends */
static void lower_phis(struct lower *l, struct basic_block *bb)
{
	struct instruction *insn;

	FOR_EACH_PTR(bb->insns, insn) {
		pseudo_t src;

		if (!insn->bb || insn->opcode != OP_PHI)
			continue;
		FOR_EACH_PTR(insn->phi_list, src) {
			struct instruction *ps = src->type == PSEUDO_PHI ? src->def : NULL;

			if (!ps || !ps->bb)
				continue;
			int from = l->last[(intptr_t)ps->bb->priv];
			struct pa_opnd dst = opnd(l, insn->target, insn->type), v = none();

			if (ps->phi_src && ps->phi_src->type == PSEUDO_VAL) {
				/* a constant reaches a PHI through a copy in
				 * GIMPLE (i_1 = 0): the same here, in the
				 * variable's object or a temporary's */
				struct pa_opnd k = opnd(l, ps->phi_src, insn->type);
				char key[32];

				v.value = l->nextv++;
				v.flags = k.flags;
				snprintf(key, sizeof(key), "k%p", (void *)ps);
				v.node = pinfo(l, insn->target)->var ? dst.node :
					pa_node_root(l->f, key, NULL, 0);
				pa_assign(l->f, from, v, PA_OP_COPY, k, none());
			} else if (ps->phi_src && ps->phi_src->type != PSEUDO_UNDEF) {
				v = opnd(l, ps->phi_src, insn->type);
			}
			pa_phi(l->f, from, (int)(intptr_t)bb->priv, dst, v);
		} END_FOR_EACH_PTR(src);
	} END_FOR_EACH_PTR(insn);
}

/* Name the values of local variables as GIMPLE does (obj_1 = f() is the
 * object "obj"): before SSA conversion, from the stores into them that it
 * removes; after it, its PHIs, which say their variable. */
static void name_values(struct lower *l)
{
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(l->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			pseudo_t v = insn->target;
			struct symbol *var;

			if (!insn->bb)
				continue;
			if (insn->opcode == OP_PHI && insn->phi_var && insn->phi_var->type == PSEUDO_SYM)
				var = insn->phi_var->sym;
			else if (insn->opcode == OP_STORE && insn->src->type == PSEUDO_SYM &&
				 !insn->offset && !is_global(insn->src->sym) &&
				 is_scalar(insn->src->sym) &&
				 (int)insn->size == strip(insn->src->sym)->bit_size &&
				 (v->type == PSEUDO_REG || v->type == PSEUDO_ARG))
				var = insn->src->sym;
			else
				continue;
			if (!pinfo(l, v)->var)
				pinfo(l, v)->var = var;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* ---- functions and units ------------------------------------------------ */

struct fn {
	struct symbol *sym;
	struct entrypoint *ep;
	struct lower l;
	int needed, is_inline;
};

static void lower_function(struct fn *fn)
{
	struct lower *l = &fn->l;
	struct pa_unit *unit = pa_session_unit(session);
	struct basic_block *bb;
	const char *name = show_ident(fn->sym->ident);
	int nbb = 0, i;

	if (!unit)
		return;
	FOR_EACH_PTR(fn->ep->bbs, bb) {
		bb->priv = (void *)(intptr_t)(bb == fn->ep->entry->bb ? 0 : ++nbb);
	} END_FOR_EACH_PTR(bb);
	nbb++;
	if (pa_session_too_big(session, name, nbb)) {
		if (pa_session_verbose(session))
			info(fn->sym->pos, "pageaudit: '%s' skipped: %d basic blocks", name, nbb);
		return;
	}
	l->f = pa_func_new(unit, name, make_loc(fn->sym->pos), fn->sym);
	pa_func_set_static(l->f, (fn->sym->ctype.modifiers & MOD_STATIC) != 0);
	pa_func_set_blocks(l->f, nbb + 1, 0);
	l->exit = nbb;
	l->last = calloc((size_t)nbb, sizeof(int));
	if (!l->last)
		die("out of memory");
	FOR_EACH_PTR(fn->ep->bbs, bb) {
		i = (int)(intptr_t)bb->priv;
		l->last[i] = lower_block(l, bb);
	} END_FOR_EACH_PTR(bb);
	FOR_EACH_PTR(fn->ep->bbs, bb) {
		lower_phis(l, bb);
	} END_FOR_EACH_PTR(bb);
	free(l->last);
	l->last = NULL;
}

/* The unit's functions: every definition, and the static inline functions
 * of its scope, lowered only if a lowered function uses them. */
struct unit_fns {
	struct fn *fn;
	int n, cap;
};

static struct fn *add_fn(struct unit_fns *u, struct symbol *sym, int is_inline)
{
	if (u->n == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 256;
		u->fn = realloc(u->fn, sizeof(*u->fn) * (size_t)u->cap);
		if (!u->fn)
			die("out of memory");
	}
	memset(&u->fn[u->n], 0, sizeof(u->fn[0]));
	u->fn[u->n].sym = sym;
	u->fn[u->n].is_inline = is_inline;
	return &u->fn[u->n++];
}

static struct entrypoint *linearize(struct lower *l, struct symbol *sym)
{
	struct entrypoint *ep;

	/* linearize without SSA conversion, name the stored values, convert */
	fpasses &= ~(PASS_MEM2REG | PASS_OPTIM);
	expand_symbol(sym);
	ep = linearize_symbol(sym);
	if (!ep || !ep->entry)
		return NULL;
	l->ep = ep;
	name_values(l);
	ssa_convert(ep);
	name_values(l);
	return ep;
}

/* An inline function sparse did not evaluate (it would have inlined it):
 * its out-of-line body, as sparse makes for one whose address is taken. */
static void prepare_inline(struct fn *fn)
{
	struct symbol *base = fn->sym->ctype.base_type;
	struct symbol_list *one = NULL;

	if (!base->stmt && base->inline_stmt)
		uninline(fn->sym);
	add_symbol(&one, fn->sym);
	evaluate_symbol_list(one);
	free_ptr_list(&one);
	fn->ep = linearize(&fn->l, fn->sym);
}

static void mark_needed(struct unit_fns *u, int i);

static void need(struct unit_fns *u, pseudo_t p)
{
	struct symbol *sym;
	int i;

	if (!p || p->type != PSEUDO_SYM || !strip(p->sym) || strip(p->sym)->type != SYM_FN)
		return;
	sym = p->sym->definition ? p->sym->definition : p->sym;
	for (i = 0; i < u->n; i++)
		if (u->fn[i].sym == sym)
			break;
	if (i == u->n || u->fn[i].needed)
		return;
	if (u->fn[i].is_inline && !u->fn[i].ep)
		prepare_inline(&u->fn[i]);
	if (u->fn[i].ep)
		mark_needed(u, i);
}

/* The functions a needed function uses: called, or whose address it takes. */
static void mark_needed(struct unit_fns *u, int i)
{
	struct basic_block *bb;
	struct instruction *insn;

	u->fn[i].needed = 1;
	FOR_EACH_PTR(u->fn[i].ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			pseudo_t arg;

			if (!insn->bb)
				continue;
			switch (insn->opcode) {
			case OP_CALL:
				need(u, insn->func);
				FOR_EACH_PTR(insn->arguments, arg) {
					need(u, arg);
				} END_FOR_EACH_PTR(arg);
				break;
			case OP_STORE:
				need(u, insn->target);
				break;
			case OP_SYMADDR:
				need(u, insn->src);
				break;
			default:
				if (insn->opcode >= OP_BINARY && insn->opcode <= OP_BINCMP_END) {
					need(u, insn->src1);
					need(u, insn->src2);
				} else if (insn->opcode >= OP_UNOP && insn->opcode <= OP_UNOP_END) {
					need(u, insn->src);
				}
				break;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* Keep sparse from inlining: every inline function of the scope becomes a
 * plain one (a candidate, lowered if used). */
static void no_inlining(struct unit_fns *u, struct scope *scope)
{
	struct symbol *sym;

	FOR_EACH_PTR(scope->symbols, sym) {
		struct symbol *t = sym->ctype.base_type;

		if (sym->type != SYM_NODE || !t || t->type != SYM_FN ||
		    !(sym->ctype.modifiers & MOD_INLINE))
			continue;
		sym->ctype.modifiers &= ~MOD_INLINE;
		if (t->inline_stmt || t->stmt)
			add_fn(u, sym, 1);
	} END_FOR_EACH_PTR(sym);
}

/* A position as the chain of #include lines that lead to it, outermost
 * first: functions are lowered in the unit's order, as GCC does. */
static int include_chain(struct position pos, struct position *chain, int max)
{
	int n = 0, i;

	while (n < max) {
		chain[n++] = pos;
		if (stream_prev(pos.stream) < 0)
			break;
		pos = input_streams[pos.stream].pos;
	}
	for (i = 0; i < n / 2; i++) {
		struct position t = chain[i];

		chain[i] = chain[n - 1 - i];
		chain[n - 1 - i] = t;
	}
	return n;
}

static int by_position(const void *a, const void *b)
{
	struct position x[16], y[16];
	int nx = include_chain(((const struct fn *)a)->sym->pos, x, 16);
	int ny = include_chain(((const struct fn *)b)->sym->pos, y, 16);
	int i;

	for (i = 0; i < nx && i < ny; i++) {
		if (x[i].stream != y[i].stream)
			return x[i].stream < y[i].stream ? -1 : 1;
		if (x[i].line != y[i].line)
			return x[i].line < y[i].line ? -1 : 1;
	}
	return nx - ny;
}

static void check_symbols(struct symbol_list *list, int lower)
{
	struct unit_fns u = { NULL, 0, 0 };
	struct symbol *sym;
	int i, ninline;

	no_inlining(&u, file_scope);
	if (global_scope != file_scope)
		no_inlining(&u, global_scope);
	ninline = u.n;
	/* every symbol is expanded and linearized, as sparse does (its
	 * warnings come from there) */
	FOR_EACH_PTR(list, sym) {
		struct symbol *t = sym->ctype.base_type;
		struct fn *fn = NULL;

		if (sym->type == SYM_NODE && t && t->type == SYM_FN && t->stmt) {
			for (i = 0; i < ninline && !fn; i++)
				if (u.fn[i].sym == sym)
					fn = &u.fn[i];
			if (!fn)
				fn = add_fn(&u, sym, 0);
			if (!fn->ep)
				fn->ep = linearize(&fn->l, sym);
			continue;
		}
		expand_symbol(sym);
		linearize_symbol(sym);
	} END_FOR_EACH_PTR(sym);
	if (lower) {
		for (i = 0; i < u.n; i++)
			if (u.fn[i].ep && !u.fn[i].is_inline && !u.fn[i].needed)
				mark_needed(&u, i);
		qsort(u.fn, (size_t)u.n, sizeof(*u.fn), by_position);
		for (i = 0; i < u.n; i++)
			if (u.fn[i].ep && u.fn[i].needed)
				lower_function(&u.fn[i]);
	}
	for (i = 0; i < u.n; i++)
		free(u.fn[i].l.tab);
	free(u.fn);
}

/* ---- options and main --------------------------------------------------- */

static void show(const struct pa_finding *fd, int as_error, void *ctx)
{
	fflush(stdout);
	pa_finding_print(stderr, fd, PA_TEXT_SPARSE, NULL, as_error);
}

/* OBJ.pa for the object: -o OBJ, kbuild's -Wp,-MMD,DIR/.OBJ.d, or the
 * source's base name */
static char *graph_path(int argc, char **argv, const char *file)
{
	const char *obj = NULL, *dep = NULL, *base;
	char *path, *dot;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") && i + 1 < argc)
			obj = argv[i + 1];
		else if (!strncmp(argv[i], "-Wp,-MMD,", 9) || !strncmp(argv[i], "-Wp,-MD,", 8))
			dep = strchr(argv[i] + 4, ',') + 1;
	}
	if (obj) {
		path = malloc(strlen(obj) + 4);
		strcpy(path, obj);
	} else if (dep) {
		/* DIR/.NAME.o.d -> DIR/NAME.o */
		const char *slash = strrchr(dep, '/');
		size_t dir = slash ? (size_t)(slash - dep + 1) : 0;
		const char *name = dep + dir;

		path = malloc(strlen(dep) + 4);
		memcpy(path, dep, dir);
		strcpy(path + dir, name[0] == '.' ? name + 1 : name);
		dot = strrchr(path + dir, '.');
		if (dot && !strcmp(dot, ".d"))
			*dot = 0;
	} else {
		base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
		path = malloc(strlen(base) + 4);
		strcpy(path, base);
	}
	if (!path)
		die("out of memory");
	dot = strrchr(path, '.');
	if (dot && !strchr(dot, '/'))
		*dot = 0;
	strcat(path, ".pa");
	return path;
}

static void usage(void)
{
	int i;

	printf("usage: pageaudit-sparse [SPARSE OPTIONS] [-pageaudit-KEY[=VALUE]...] FILE...\n"
	       "sparse's checker with pageaudit's (version %s); kbuild: make C=1 CHECK=pageaudit-sparse\n",
	       PAGEAUDIT_VERSION);
	for (i = 0; pa_session_help[i]; i++)
		printf("  -pageaudit-%s\n", pa_session_help[i]);
}

int main(int argc, char **argv)
{
	struct string_list *filelist = NULL;
	char **sargv = calloc((size_t)argc + 1, sizeof(char *));
	char err[1024], *file;
	int sargc = 0, i, findings = 0, werror;

	if (!sargv)
		return 1;
	session = pa_session_new("sparse");
	for (i = 0; i < argc; i++) {
		char *key, *value;

		if (i == 0 || strncmp(argv[i], "-pageaudit-", 11)) {
			sargv[sargc++] = argv[i];
			continue;
		}
		if (!strcmp(argv[i], "-pageaudit-help")) {
			usage();
			return 0;
		}
		key = strdup(argv[i] + 11);
		value = strchr(key, '=');
		if (value)
			*value++ = 0;
		switch (pa_session_option(session, key, value)) {
		case PA_OPT_OK:
			continue;
		case PA_OPT_NEEDS_VALUE:
			fprintf(stderr, "pageaudit-sparse: option '-pageaudit-%s' needs a value: -pageaudit-%s=VALUE\n",
				key, key);
			return 1;
		case PA_OPT_NO_VALUE:
			fprintf(stderr, "pageaudit-sparse: option '-pageaudit-%s' takes no value\n", key);
			return 1;
		case PA_OPT_BAD_VALUE:
			fprintf(stderr, "pageaudit-sparse: option '-pageaudit-%s' needs a positive number, not '%s'\n",
				key, value);
			return 1;
		default:
			fprintf(stderr, "pageaudit-sparse: unknown option '%s' (-pageaudit-help lists them)\n",
				argv[i]);
			return 1;
		}
	}
	if (pa_session_start(session, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}

	/* sparse's own ignores -o, as sparse does */
	do_output = 0;
	check_symbols(sparse_initialize(sargc, sargv, &filelist), 0);
	FOR_EACH_PTR(filelist, file) {
		struct symbol_list *list = sparse(file);
		/* sparse() turns the errors of parsing into ERROR_PREV_PHASE
		 * before it evaluates: a unit it could not parse is not
		 * lowered.  An error of evaluation (a check of sparse's own:
		 * different address spaces, an unknown builtin) leaves the
		 * expression without a type, which sparse linearizes as no
		 * value (VOID): the unit is lowered (ERROR_CURR_PHASE, cleared
		 * per symbol, says only whether the last symbol had one). */
		int ok = !(has_error & ERROR_PREV_PHASE) && pa_session_enabled(session);

		check_symbols(list, ok);
		if (!ok) {
			/* sparse reported why; no findings on a broken unit */
			pa_session_drop_unit(session);
			continue;
		}
		{
			char *path = pa_session_graph(session) ? graph_path(argc, argv, file) : NULL;
			int nf = pa_session_end_unit(session, path, show, NULL, err, sizeof(err));

			if (nf < 0)
				fprintf(stderr, "%s\n", err);
			else
				findings += nf;
			free(path);
		}
		if (pa_session_verbose(session)) {
			pa_session_stats_line(session, err, sizeof(err));
			fprintf(stderr, "%s: pageaudit: %s\n", file, err);
		}
	} END_FOR_EACH_PTR(file);

	report_stats();
	werror = pa_session_werror(session);
	pa_session_free(session);
	if (Wsparse_error && die_if_error)
		return 1;
	return findings && werror ? 1 : 0;
}
