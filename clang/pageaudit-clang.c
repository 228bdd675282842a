// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit-clang: the libclang front end.  Reads a compile_commands.json,
 * parses each file with libclang (the stable C API, LLVM 19), lowers every
 * function of the file, and the header functions it calls, through the
 * engine's structured builder (engine/builder.c), and prints the findings
 * in clang's diagnostic format with a note per step of the path.
 *
 *   build/pageaudit-clang -p BUILD_DIR [-j N] [--OPTION[=VALUE]...] [FILE...]
 *
 * -p BUILD_DIR   the directory holding compile_commands.json
 * -j N           files parsed at once (threads; default: the number of CPUs)
 * FILE...        only these entries (a path, absolute or relative to the
 *                current directory or BUILD_DIR, or a tail such as fs/splice.c);
 *                default: every entry
 * The front-end kit's options, the plugin's -fplugin-arg-pageaudit-KEY[=VALUE]
 * as --KEY[=VALUE] (engine/session.c): --rules=FILE --json=FILE --graph
 * --summaries=DB --werror --disable --verbose --budget=N --max-blocks=N.
 * Its own:
 * --graph-dir=DIR  with --graph: write OBJ.pa under DIR (the object's path
 *                  relative to its directory) instead of beside the object
 * --sarif=FILE     SARIF 2.1.0 of every finding (once per place)
 * --srcroot=DIR    print and write paths relative to DIR
 * --print-commands print, per file, the clang-19 -fsyntax-only command with
 *                  the flags libclang is given, and exit (bench/)
 *
 * Each entry's command is what the compiler ran, minus what is no parse:
 * the compiler, -c, -o, dependency output, -fplugin*; GCC-only flags that
 * clang rejects are dropped (stderr says once which); -w is added (clang's
 * own warnings are not ours) and -Werror does not apply.  A file that does
 * not parse is listed with clang's first error and its findings dropped.
 * Exit: 0; 1 findings under --werror; 2 bad input (one line); 3 some file
 * did not parse.
 *
 * Standalone: build/pageaudit-clang -p build/kernel-out fs/splice.c
 * Debug: --verbose prints per file what was lowered; --graph then
 * build/pa-dump FILE.pa shows the lowering; clang-19 -Xclang -ast-dump
 * -fsyntax-only (the --print-commands flags) shows the AST it walks.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <clang-c/Index.h>
#include "pageaudit.h"
#include "compdb.h"

static const struct pa_opnd NONE = { -1, -1, 0, 0, 0 };

/* ---- small helpers ----------------------------------------------------------- */

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "pageaudit-clang: out of memory\n");
		exit(2);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");

	if (!d) {
		fprintf(stderr, "pageaudit-clang: out of memory\n");
		exit(2);
	}
	return d;
}

#define GROW(arr, n, cap) do { if ((n) >= (cap)) { (cap) = (cap) ? (cap) * 2 : 16; \
	(arr) = xrealloc((arr), (size_t)(cap) * sizeof(*(arr))); } } while (0)

/* The children of a cursor; refs: keep references (LabelRef, MemberRef)
 * and the rest, else only statements, expressions and declarations. */
struct kids {
	CXCursor *c;
	int n, cap, refs;
};

static enum CXChildVisitResult kid_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct kids *k = d;
	enum CXCursorKind kind = clang_getCursorKind(c);

	if (!k->refs && !clang_isExpression(kind) && !clang_isStatement(kind) &&
	    !clang_isDeclaration(kind))
		return CXChildVisit_Continue;
	GROW(k->c, k->n, k->cap);
	k->c[k->n++] = c;
	return CXChildVisit_Continue;
}

static void kids(CXCursor c, struct kids *k, int refs)
{
	k->n = 0;
	k->refs = refs;
	clang_visitChildren(c, kid_visit, k);
}

/* A set of cursors (declarations, functions), by clang_hashCursor. */
struct cset {
	CXCursor *c;
	int *val;
	size_t n, cap;
};

static size_t cset_slot(const struct cset *s, CXCursor c)
{
	size_t i = (clang_hashCursor(c) * 2654435761u) & (s->cap - 1);

	while (!clang_Cursor_isNull(s->c[i]) && !clang_equalCursors(s->c[i], c))
		i = (i + 1) & (s->cap - 1);
	return i;
}

static int cset_get(const struct cset *s, CXCursor c, int *val)
{
	size_t i;

	if (!s->cap)
		return 0;
	i = cset_slot(s, c);
	if (clang_Cursor_isNull(s->c[i]))
		return 0;
	if (val)
		*val = s->val[i];
	return 1;
}

static void cset_put(struct cset *s, CXCursor c, int val)
{
	size_t i;

	if ((s->n + 1) * 2 > s->cap) {
		struct cset old = *s;
		size_t j;

		s->cap = old.cap ? old.cap * 2 : 64;
		s->c = xrealloc(NULL, s->cap * sizeof(*s->c));
		s->val = xrealloc(NULL, s->cap * sizeof(*s->val));
		for (j = 0; j < s->cap; j++)
			s->c[j] = clang_getNullCursor();
		s->n = 0;
		for (j = 0; j < old.cap; j++)
			if (!clang_Cursor_isNull(old.c[j]))
				cset_put(s, old.c[j], old.val[j]);
		free(old.c);
		free(old.val);
	}
	i = cset_slot(s, c);
	if (clang_Cursor_isNull(s->c[i]))
		s->n++;
	s->c[i] = c;
	s->val[i] = val;
}

static void cset_clear(struct cset *s)
{
	free(s->c);
	free(s->val);
	memset(s, 0, sizeof(*s));
}

/* ---- one function ------------------------------------------------------------- */

struct label {
	char *name;
	unsigned where;		/* the label statement's location */
	int id;
};

/* The translation unit being lowered. */
struct tu {
	struct pa_unit *u;
	struct cset queued;	/* functions lowered or to lower */
	CXCursor *todo;		/* header functions called, to lower */
	int ntodo, captodo;
	CXFile last_file;	/* the file name of the last location */
	char *last_name;
	int nfuncs;
};

struct fn {
	struct tu *tu;
	struct pa_func *f;
	struct pa_builder *b;
	struct cset locals;	/* VarDecl/ParmDecl -> builder local */
	struct cset memory;	/* locals whose address is taken */
	struct label *lab;
	int nlab, caplab;
	int ncontrol;		/* an estimate of the blocks, for max-blocks */
};

static struct pa_loc loc_at(struct tu *tu, CXSourceLocation where)
{
	struct pa_loc l = { NULL, 0, 0, 0 };
	CXFile file;
	unsigned line, col;

	/* a macro's code is reported where the macro is used, as the plugin */
	clang_getExpansionLocation(where, &file, &line, &col, NULL);
	if (!file)
		return l;
	if (file != tu->last_file) {
		CXString s = clang_getFileName(file);

		free(tu->last_name);
		tu->last_name = xstrdup(clang_getCString(s));
		clang_disposeString(s);
		tu->last_file = file;
	}
	l.file = tu->last_name;	/* the engine interns it */
	l.line = (int)line;
	l.col = (int)col;
	return l;
}

static struct pa_loc loc_of(struct tu *tu, CXCursor c)
{
	return loc_at(tu, clang_getCursorLocation(c));
}

static char *spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = xstrdup(clang_getCString(s));

	clang_disposeString(s);
	return r;
}

/* PA_OPND_* of a type */
static unsigned type_flags(CXType t)
{
	t = clang_getCanonicalType(t);
	switch (t.kind) {
	case CXType_Pointer:
	case CXType_BlockPointer:
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
		return PA_OPND_POINTER | PA_OPND_UNSIGNED;
	case CXType_Bool:
		return PA_OPND_BOOL | PA_OPND_UNSIGNED;
	case CXType_Char_U:
	case CXType_UChar:
	case CXType_UShort:
	case CXType_UInt:
	case CXType_ULong:
	case CXType_ULongLong:
	case CXType_UInt128:
		return PA_OPND_UNSIGNED;
	case CXType_Enum:
		return type_flags(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(t)));
	default:
		return 0;
	}
}

static int is_pointer(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_Pointer;
}

static int is_array(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray;
}

/* a local that lives in memory: an array, a struct or union */
static int is_aggregate(CXType t)
{
	t = clang_getCanonicalType(t);
	return is_array(t) || t.kind == CXType_Record || t.kind == CXType_Elaborated;
}

/* Can a value of this type carry a page (a pointer, or an address as a long)? */
static int may_hold_object(CXType t)
{
	t = clang_getCanonicalType(t);
	if (t.kind == CXType_Pointer)
		return 1;
	return (t.kind == CXType_Long || t.kind == CXType_ULong ||
		t.kind == CXType_LongLong || t.kind == CXType_ULongLong);
}

/* A constant; an unsigned one over LONG_MAX is inexact, its sign kept (as
 * the plugin's) */
/* a constant as the engine reads a 64-bit pattern (pa_opnd_int): an
 * unsigned value over LONG_MAX is inexact, as in sparse's lowering */
static struct pa_opnd cst(long k, unsigned flags)
{
	return pa_opnd_int((unsigned long long)k, 64, flags);
}

/* The constant an expression evaluates to, if clang says it is one. */
static int evaluate(CXCursor c, struct pa_opnd *o)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	int ok = 0;

	if (!r)
		return 0;
	if (clang_EvalResult_getKind(r) == CXEval_Int) {
		unsigned flags = type_flags(clang_getCursorType(c));

		if (clang_EvalResult_isUnsignedInt(r))
			*o = pa_opnd_int(clang_EvalResult_getAsUnsigned(r), 64, flags);
		else
			*o = cst((long)clang_EvalResult_getAsLongLong(r), flags);
		ok = 1;
	}
	clang_EvalResult_dispose(r);
	return ok;
}

/* Look through parentheses and implicit conversions. */
static CXCursor strip(CXCursor c)
{
	struct kids k = { 0 };

	for (;;) {
		enum CXCursorKind kind = clang_getCursorKind(c);

		if (kind != CXCursor_ParenExpr && kind != CXCursor_UnexposedExpr)
			break;
		kids(c, &k, 0);
		if (k.n != 1)
			break;
		c = k.c[0];
	}
	free(k.c);
	return c;
}

static int local_of(struct fn *F, CXCursor decl)
{
	int l;

	return cset_get(&F->locals, decl, &l) ? l : -1;
}

static int new_local(struct fn *F, CXCursor decl, int param)
{
	CXType t = clang_getCursorType(decl);
	char *name = spelling(decl);
	int l = pa_b_local(F->b, *name ? name : NULL, param);
	unsigned flags = type_flags(t);

	if (is_aggregate(t) || cset_get(&F->memory, decl, NULL))
		flags |= PA_B_MEMORY;
	pa_b_local_flags(F->b, l, flags);
	cset_put(&F->locals, decl, l);
	free(name);
	return l;
}

/* The builder's label of a label statement: by name and where the
 * statement is, since GNU local labels (__label__, in macros such as
 * wait_event()) reuse a name within one function. */
static int label_id(struct fn *F, CXCursor c)
{
	char *name = spelling(c);
	unsigned where = clang_getCursorLocation(c).int_data;
	int i;

	for (i = 0; i < F->nlab; i++)
		if (F->lab[i].where == where && !strcmp(F->lab[i].name, name)) {
			free(name);
			return F->lab[i].id;
		}
	GROW(F->lab, F->nlab, F->caplab);
	F->lab[F->nlab].name = name;
	F->lab[F->nlab].where = where;
	F->lab[F->nlab].id = pa_b_label(F->b);
	return F->lab[F->nlab++].id;
}

/* ---- expressions ---------------------------------------------------------------- */

static struct pa_opnd rval(struct fn *F, CXCursor c, int want);
static struct pa_b_cond cond(struct fn *F, CXCursor c);
static void stmt(struct fn *F, CXCursor c);

/* A new temporary: a value, with a node when it may carry a page. */
static struct pa_opnd temp(struct fn *F, CXType t)
{
	return pa_b_temp(F->b, may_hold_object(t), type_flags(t));
}

/* The struct a member belongs to, seen through anonymous unions and
 * structs (&folio->page is a member of struct folio). */
static char *member_tag(CXCursor field)
{
	CXCursor rec = clang_getCursorSemanticParent(field);

	while (!clang_Cursor_isNull(rec) && clang_Cursor_isAnonymous(rec)) {
		CXCursor up = clang_getCursorSemanticParent(rec);

		if (clang_getCursorKind(up) != CXCursor_StructDecl &&
		    clang_getCursorKind(up) != CXCursor_UnionDecl)
			break;
		rec = up;
	}
	if (clang_Cursor_isNull(rec) || clang_Cursor_isAnonymous(rec))
		return NULL;
	return spelling(rec);
}

/* A union's name for the engine, as the plugin's: its first named member's
 * (union { struct page *page; struct folio *folio; } is "page"); NULL if
 * field is not a union's member. */
static char *union_group(CXCursor field)
{
	CXCursor rec = clang_getCursorSemanticParent(field);
	struct kids k = { 0 };
	char *name = NULL;
	int i;

	if (clang_getCursorKind(rec) != CXCursor_UnionDecl)
		return NULL;
	kids(rec, &k, 0);
	for (i = 0; i < k.n && !name; i++) {
		if (clang_getCursorKind(k.c[i]) != CXCursor_FieldDecl)
			continue;
		name = spelling(k.c[i]);
		if (!*name) {
			free(name);
			name = NULL;
		}
	}
	free(k.c);
	return name ? name : strdup("");
}

static int global_node(struct fn *F, CXCursor decl)
{
	CXString usr = clang_getCursorUSR(decl);
	char *name = spelling(decl);
	char key[512];
	int n;

	snprintf(key, sizeof(key), "g%s", clang_getCString(usr));
	clang_disposeString(usr);
	n = pa_node_global(F->f, key, name);
	free(name);
	return n;
}

/* The node of an lvalue: a variable, s.f, p->f, *p, a[i]. */
static int lval(struct fn *F, CXCursor c)
{
	struct kids k = { 0 };
	int node = -1;

	c = strip(c);
	switch (clang_getCursorKind(c)) {
	case CXCursor_DeclRefExpr: {
		CXCursor d = clang_getCursorReferenced(c);
		int l = local_of(F, d);

		if (l >= 0)
			node = pa_b_local_node(F->b, l);
		else if (clang_getCursorKind(d) == CXCursor_VarDecl)
			node = global_node(F, d);
		break;
	}
	case CXCursor_MemberRefExpr: {
		CXCursor field = clang_getCursorReferenced(c);
		int base;

		kids(c, &k, 0);
		if (k.n < 1)
			break;
		if (is_pointer(clang_getCursorType(k.c[0])))
			base = pa_node_elem(F->f, rval(F, k.c[0], 1).node);
		else
			base = lval(F, k.c[0]);
		if (clang_Cursor_isAnonymous(field) ||
		    clang_Cursor_isAnonymousRecordDecl(field)) {
			node = base;	/* an anonymous member: see through it */
		} else {
			char *tag = member_tag(field), *name = spelling(field);
			char *group = union_group(field);

			node = !*name ? base :
			       group ? pa_node_union_field(F->f, base, tag, name, group) :
			       pa_node_field(F->f, base, tag, name);
			free(tag);
			free(name);
			free(group);
		}
		break;
	}
	case CXCursor_ArraySubscriptExpr:
		kids(c, &k, 0);
		if (k.n == 2) {
			/* a[i] and i[a]: the pointer or array is the base */
			int swap = !is_pointer(clang_getCursorType(k.c[0])) &&
				   !is_array(clang_getCursorType(k.c[0]));
			struct pa_opnd base = rval(F, k.c[swap], 1);
			struct pa_opnd i = rval(F, k.c[!swap], 1);

			/* an array's a[K] is an element of its own (the plugin's
			 * ARRAY_REF); through a pointer, all elements */
			if (is_array(clang_getCursorType(strip(k.c[swap]))) && i.is_cst &&
			    !(i.flags & PA_OPND_INEXACT))
				node = pa_node_elem_at(F->f, base.node, i.cst);
			else
				node = pa_node_elem(F->f, base.node);
		}
		break;
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref) {
			kids(c, &k, 0);
			if (k.n == 1)
				node = pa_node_elem(F->f, rval(F, k.c[0], 1).node);
			break;
		}
		node = rval(F, c, 1).node;
		break;
	default:
		/* a compound literal, a statement expression, a call's struct */
		node = rval(F, c, 1).node;
		break;
	}
	free(k.c);
	return node;
}

/* The value an lvalue holds: a local's, or a load from memory. */
static struct pa_opnd read_lval(struct fn *F, CXCursor c)
{
	CXCursor s = strip(c);
	CXType t = clang_getCursorType(s);
	struct pa_opnd o, mem = NONE;

	if (clang_getCursorKind(s) == CXCursor_DeclRefExpr) {
		CXCursor d = clang_getCursorReferenced(s);
		int l = local_of(F, d);

		if (clang_getCursorKind(d) == CXCursor_EnumConstantDecl)
			return cst((long)clang_getEnumConstantDeclValue(d), type_flags(t));
		if (clang_getCursorKind(d) == CXCursor_FunctionDecl)
			return NONE;
		if (l >= 0 && !is_array(t))
			return pa_b_read(F->b, l);
	}
	mem.node = lval(F, s);
	if (is_array(t) || clang_getCanonicalType(t).kind == CXType_FunctionProto) {
		mem.flags = type_flags(t);
		return mem;	/* an array decays to its elements' pointer */
	}
	o = pa_b_temp(F->b, 1, type_flags(t));
	pa_b_op(F->b, o, PA_OP_LOAD, mem, NONE);
	return o;
}

/* lhs = v (op: COPY), or lhs = lhs OP v; returns the new value */
static struct pa_opnd assign(struct fn *F, CXCursor lhs, enum pa_op op, struct pa_opnd v,
			     struct pa_loc loc)
{
	CXCursor s = strip(lhs);
	CXType t = clang_getCursorType(s);
	int node;

	if (op != PA_OP_COPY && is_pointer(t) && (op == PA_OP_ADD || op == PA_OP_SUB))
		op = PA_OP_PTRADD;
	if (clang_getCursorKind(s) == CXCursor_DeclRefExpr) {
		int l = local_of(F, clang_getCursorReferenced(s));

		if (l >= 0 && !is_array(t))
			return pa_b_assign(F->b, l, op, op == PA_OP_COPY ? v : pa_b_read(F->b, l),
					   op == PA_OP_COPY ? NONE : v, loc);
	}
	node = lval(F, s);
	if (op != PA_OP_COPY) {
		struct pa_opnd old = pa_b_temp(F->b, 1, type_flags(t)), mem = NONE, n;

		mem.node = node;
		pa_b_op(F->b, old, PA_OP_LOAD, mem, NONE);
		n = pa_b_temp(F->b, 1, type_flags(t));
		pa_b_op(F->b, n, op, old, v);
		v = n;
	} else if (v.node < 0 && !v.is_cst && v.value >= 0) {
		/* a value stored to memory is an object there, as an SSA name is */
		struct pa_opnd n = pa_b_temp(F->b, 1, v.flags);

		pa_b_op(F->b, n, PA_OP_COPY, v, NONE);
		v = n;
	}
	pa_b_store(F->b, loc, node, v);
	return v;
}

static enum pa_op binop(enum CXBinaryOperatorKind k)
{
	switch (k) {
	case CXBinaryOperator_Mul: case CXBinaryOperator_MulAssign: return PA_OP_MUL;
	case CXBinaryOperator_Div: case CXBinaryOperator_DivAssign: return PA_OP_DIV;
	case CXBinaryOperator_Rem: case CXBinaryOperator_RemAssign: return PA_OP_MOD;
	case CXBinaryOperator_Add: case CXBinaryOperator_AddAssign: return PA_OP_ADD;
	case CXBinaryOperator_Sub: case CXBinaryOperator_SubAssign: return PA_OP_SUB;
	case CXBinaryOperator_Shl: case CXBinaryOperator_ShlAssign: return PA_OP_SHL;
	case CXBinaryOperator_Shr: case CXBinaryOperator_ShrAssign: return PA_OP_SHR;
	case CXBinaryOperator_And: case CXBinaryOperator_AndAssign: return PA_OP_AND;
	case CXBinaryOperator_Xor: case CXBinaryOperator_XorAssign: return PA_OP_XOR;
	case CXBinaryOperator_Or: case CXBinaryOperator_OrAssign: return PA_OP_OR;
	case CXBinaryOperator_LT: return PA_OP_LT;
	case CXBinaryOperator_GT: return PA_OP_GT;
	case CXBinaryOperator_LE: return PA_OP_LE;
	case CXBinaryOperator_GE: return PA_OP_GE;
	case CXBinaryOperator_EQ: return PA_OP_EQ;
	case CXBinaryOperator_NE: return PA_OP_NE;
	default: return PA_OP_OTHER;
	}
}

/* a OP b of two constants, as C computes it on longs; 0 if not folded */
static int fold(enum pa_op op, struct pa_opnd a, struct pa_opnd b, unsigned flags,
		struct pa_opnd *out)
{
	unsigned long x = (unsigned long)a.cst, y = (unsigned long)b.cst;
	int uns = (flags & PA_OPND_UNSIGNED) != 0;
	long r;

	if (!a.is_cst || !b.is_cst || ((a.flags | b.flags) & PA_OPND_INEXACT))
		return 0;
	switch (op) {
	case PA_OP_ADD: r = (long)(x + y); break;
	case PA_OP_SUB: r = (long)(x - y); break;
	case PA_OP_MUL: r = (long)(x * y); break;
	case PA_OP_DIV: if (!y || (!uns && b.cst == -1)) return 0;
		r = uns ? (long)(x / y) : a.cst / b.cst; break;
	case PA_OP_MOD: if (!y || (!uns && b.cst == -1)) return 0;
		r = uns ? (long)(x % y) : a.cst % b.cst; break;
	case PA_OP_AND: r = (long)(x & y); break;
	case PA_OP_OR: r = (long)(x | y); break;
	case PA_OP_XOR: r = (long)(x ^ y); break;
	case PA_OP_SHL: if (y > 63) return 0; r = (long)(x << y); break;
	case PA_OP_SHR: if (y > 63) return 0; r = uns ? (long)(x >> y) : a.cst >> y; break;
	default: return 0;
	}
	*out = cst(r, flags);
	return 1;
}

/* A value converted to type t: a constant is truncated, anything else a cast. */
static struct pa_opnd convert(struct fn *F, struct pa_opnd v, CXType t, int explicit_cast)
{
	unsigned flags = type_flags(t);
	long long size = clang_Type_getSizeOf(clang_getCanonicalType(t));

	if (v.is_cst) {
		if (!(v.flags & PA_OPND_INEXACT) && size > 0 && size < 8) {
			unsigned long m = (1UL << (size * 8)) - 1, x = (unsigned long)v.cst & m;

			if (flags & PA_OPND_BOOL)
				x = v.cst != 0;
			else if (!(flags & PA_OPND_UNSIGNED) && (x >> (size * 8 - 1)))
				x |= ~m;
			v.cst = (long)x;
		}
		if (v.flags & PA_OPND_INEXACT)
			v.flags |= flags;
		else
			v = cst(v.cst, flags);
		return v;
	}
	if (explicit_cast && clang_getCanonicalType(t).kind != CXType_Void) {
		struct pa_opnd o = pa_b_temp(F->b, 1, flags);

		pa_b_op(F->b, o, PA_OP_CAST, v, NONE);
		return o;
	}
	v.flags = flags;
	return v;
}

static struct pa_opnd call(struct fn *F, CXCursor c, int want)
{
	CXCursor callee = clang_getCursorReferenced(c);
	int n = clang_Cursor_getNumArguments(c), i;
	struct pa_opnd *args, res = NONE;
	struct pa_loc loc = loc_of(F->tu, c);
	char *name = NULL;

	if (n < 0)
		n = 0;
	if (clang_getCursorKind(callee) == CXCursor_FunctionDecl)
		name = spelling(callee);
	if (name && !strcmp(name, "__builtin_expect") && n == 2) {
		/* __builtin_expect(x, c) is x */
		res = rval(F, clang_Cursor_getArgument(c, 0), 1);
		free(name);
		return res;
	}
	if (!name) {
		/* through a pointer: its value, then the arguments */
		struct kids k = { 0 };

		kids(c, &k, 0);
		if (k.n)
			rval(F, k.c[0], 1);
		free(k.c);
	}
	args = xrealloc(NULL, (size_t)(n ? n : 1) * sizeof(*args));
	for (i = 0; i < n; i++)
		args[i] = rval(F, clang_Cursor_getArgument(c, (unsigned)i), 1);
	if (want && clang_getCanonicalType(clang_getCursorType(c)).kind != CXType_Void)
		res = temp(F, clang_getCursorType(c));
	if (name) {
		CXCursor def = clang_getCursorDefinition(callee);

		pa_b_call(F->b, loc, name, n, args, res);
		/* a function of a header it calls is lowered too (the plugin
		 * sees every static inline function a unit compiles) */
		if (!clang_Cursor_isNull(def) && !cset_get(&F->tu->queued, def, NULL)) {
			cset_put(&F->tu->queued, def, 1);
			GROW(F->tu->todo, F->tu->ntodo, F->tu->captodo);
			F->tu->todo[F->tu->ntodo++] = def;
		}
	} else if (res.value >= 0) {
		pa_b_op(F->b, res, PA_OP_OTHER, NONE, NONE);
	}
	free(args);
	free(name);
	return res;
}

/* Fill the object at node from an initializer list (or one value). */
struct fields {
	CXCursor *c;
	int n, cap;
};

static enum CXVisitorResult field_visit(CXCursor c, CXClientData d)
{
	struct fields *fl = d;

	GROW(fl->c, fl->n, fl->cap);
	fl->c[fl->n++] = c;
	return CXVisit_Continue;
}

static int field_node(struct fn *F, int base, CXCursor field)
{
	char *tag, *name;
	int node;

	if (clang_Cursor_isAnonymous(field) || clang_Cursor_isAnonymousRecordDecl(field))
		return base;
	tag = member_tag(field);
	name = spelling(field);
	node = *name ? pa_node_field(F->f, base, tag, name) : base;
	free(tag);
	free(name);
	return node;
}

static void init_into(struct fn *F, int node, CXCursor init, CXType t, struct pa_loc loc)
{
	struct kids k = { 0 }, d = { 0 };
	struct fields fl = { 0 };
	int i, pos = 0;

	init = strip(init);
	if (clang_getCursorKind(init) != CXCursor_InitListExpr) {
		struct pa_opnd v = rval(F, init, 1);

		if (!is_aggregate(t) || v.node >= 0 || v.is_cst)
			pa_b_store(F->b, loc, node, v);
		return;
	}
	t = clang_getCanonicalType(t);
	if (t.kind == CXType_Record)
		clang_Type_visitFields(t, field_visit, &fl);
	kids(init, &k, 0);
	for (i = 0; i < k.n; i++) {
		CXCursor e = k.c[i], field = clang_getNullCursor();
		int j;

		/* a designated initializer: .field = e (the designator is a MemberRef) */
		kids(e, &d, 1);
		if (clang_getCursorKind(e) == CXCursor_UnexposedExpr && d.n >= 2 &&
		    clang_getCursorKind(d.c[0]) == CXCursor_MemberRef) {
			field = clang_getCursorReferenced(d.c[0]);
			e = d.c[d.n - 1];
			for (j = 0; j < fl.n; j++)
				if (clang_equalCursors(fl.c[j], field))
					pos = j;
		} else if (t.kind == CXType_Record && pos < fl.n) {
			field = fl.c[pos];
		}
		if (t.kind == CXType_Record && !clang_Cursor_isNull(field))
			init_into(F, field_node(F, node, field), e, clang_getCursorType(field), loc);
		else if (is_array(t))
			init_into(F, pa_node_elem(F->f, node), e, clang_getArrayElementType(t), loc);
		else
			rval(F, e, 0);
		pos++;
	}
	free(k.c);
	free(d.c);
	free(fl.c);
}

/* A hidden local in memory for a compound literal or a struct value. */
static int hidden_memory(struct fn *F, CXType t)
{
	int l = pa_b_local(F->b, NULL, 0);

	pa_b_local_flags(F->b, l, PA_B_MEMORY | type_flags(t));
	return pa_b_local_node(F->b, l);
}

/* ({ S; E; }): the statements, then E's value */
static struct pa_opnd stmt_expr(struct fn *F, CXCursor c, int want, struct pa_b_cond *cnd)
{
	struct kids k = { 0 }, body = { 0 };
	struct pa_opnd v = NONE;
	int i;

	kids(c, &k, 0);
	if (k.n == 1 && clang_getCursorKind(k.c[0]) == CXCursor_CompoundStmt) {
		kids(k.c[0], &body, 0);
		for (i = 0; i < body.n; i++) {
			CXCursor s = body.c[i];

			if (i == body.n - 1 && clang_isExpression(clang_getCursorKind(s))) {
				if (cnd)
					*cnd = cond(F, s);
				else
					v = rval(F, s, want);
				cnd = NULL;
			} else {
				stmt(F, s);
			}
		}
	}
	if (cnd)	/* a statement expression with no value in a condition */
		*cnd = pa_b_test(F->b, PA_OP_NE, NONE, cst(0, 0), loc_of(F->tu, c));
	free(k.c);
	free(body.c);
	return v;
}

/* _Generic: the association whose type is the selection's */
static CXCursor generic_choice(CXCursor c)
{
	struct kids k = { 0 };
	CXType t = clang_getCanonicalType(clang_getCursorType(c));
	CXCursor r = clang_getNullCursor();
	int i;

	kids(c, &k, 0);
	for (i = 1; i < k.n && clang_Cursor_isNull(r); i++)
		if (clang_equalTypes(clang_getCanonicalType(clang_getCursorType(k.c[i])), t))
			r = k.c[i];
	if (clang_Cursor_isNull(r) && k.n > 1)
		r = k.c[k.n - 1];
	free(k.c);
	return r;
}

static struct pa_opnd incdec(struct fn *F, CXCursor c, enum CXUnaryOperatorKind op,
			     CXCursor x)
{
	int post = op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec;
	int inc = op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PreInc;
	struct pa_opnd old = read_lval(F, x), nv;

	nv = assign(F, x, inc ? PA_OP_ADD : PA_OP_SUB, cst(1, 0), loc_of(F->tu, c));
	return post ? old : nv;
}

static struct pa_opnd rval(struct fn *F, CXCursor c, int want)
{
	struct kids k = { 0 };
	struct pa_opnd v = NONE, a, b;
	CXType t = clang_getCursorType(c);
	enum CXCursorKind kind = clang_getCursorKind(c);

	switch (kind) {
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_UnaryExpr:	/* sizeof, alignof */
		if (!evaluate(c, &v))
			v = NONE;
		break;
	case CXCursor_ParenExpr:
		kids(c, &k, 0);
		if (k.n == 1)
			v = rval(F, k.c[0], want);
		break;
	case CXCursor_UnexposedExpr:
		kids(c, &k, 0);
		if (k.n == 1) {
			/* an implicit conversion: the value, as the new type */
			v = convert(F, rval(F, k.c[0], want), t, 0);
		} else if (k.n == 0) {
			if (clang_getCanonicalType(t).kind != CXType_Void && !is_aggregate(t) &&
			    !evaluate(c, &v))
				v = NONE;
		} else if (k.n == 4) {
			/* x ?: y (BinaryConditionalOperator: x, two opaque
			 * uses of it, y): x is evaluated once */
			struct pa_opnd x = rval(F, k.c[0], 1);

			pa_b_ternary(F->b, pa_b_test(F->b, PA_OP_NE, x, cst(0, 0), loc_of(F->tu, c)));
			pa_b_ternary_else(F->b, x);
			v = pa_b_ternary_end(F->b, rval(F, k.c[3], want));
		} else if (k.n == 3 && evaluate(k.c[0], &a) &&
			   clang_equalTypes(clang_getCanonicalType(t),
					    clang_getCanonicalType(clang_getCursorType(k.c[a.cst ? 1 : 2])))) {
			/* __builtin_choose_expr(constant, x, y) */
			v = rval(F, k.c[a.cst ? 1 : 2], want);
		} else {
			int i;

			/* others: each part */
			for (i = 0; i < k.n; i++)
				rval(F, k.c[i], 0);
			if (want && !is_aggregate(t)) {
				v = temp(F, t);
				pa_b_op(F->b, v, PA_OP_OTHER, NONE, NONE);
			}
		}
		break;
	case CXCursor_CStyleCastExpr:
		kids(c, &k, 0);
		if (k.n >= 1)
			v = convert(F, rval(F, k.c[k.n - 1], want), t, 1);
		break;
	case CXCursor_DeclRefExpr:
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		v = read_lval(F, c);
		break;
	case CXCursor_CallExpr:
		v = call(F, c, want);
		break;
	case CXCursor_StmtExpr:
		v = stmt_expr(F, c, want, NULL);
		break;
	case CXCursor_GenericSelectionExpr: {
		CXCursor ch = generic_choice(c);

		if (!clang_Cursor_isNull(ch))
			v = rval(F, ch, want);
		break;
	}
	case CXCursor_CompoundLiteralExpr:
		kids(c, &k, 0);
		v.node = hidden_memory(F, t);
		if (k.n >= 1)
			init_into(F, v.node, k.c[k.n - 1], t, loc_of(F->tu, c));
		if (!is_aggregate(t)) {
			struct pa_opnd mem = v;

			v = pa_b_temp(F->b, 1, type_flags(t));
			pa_b_op(F->b, v, PA_OP_LOAD, mem, NONE);
		}
		break;
	case CXCursor_InitListExpr:
		v.node = hidden_memory(F, t);
		init_into(F, v.node, c, t, loc_of(F->tu, c));
		break;
	case CXCursor_ConditionalOperator:
		kids(c, &k, 0);
		if (k.n == 3) {
			pa_b_ternary(F->b, cond(F, k.c[0]));
			pa_b_ternary_else(F->b, rval(F, k.c[1], want));
			v = pa_b_ternary_end(F->b, rval(F, k.c[2], want));
		}
		break;
	case CXCursor_UnaryOperator: {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);

		kids(c, &k, 0);
		if (k.n != 1)
			break;
		switch (op) {
		case CXUnaryOperator_PostInc:
		case CXUnaryOperator_PostDec:
		case CXUnaryOperator_PreInc:
		case CXUnaryOperator_PreDec:
			v = incdec(F, c, op, k.c[0]);
			break;
		case CXUnaryOperator_AddrOf: {
			CXCursor x = strip(k.c[0]);

			/* &array, &function: the same address as the name */
			if (is_array(clang_getCursorType(x)) ||
			    clang_getCanonicalType(clang_getCursorType(x)).kind == CXType_FunctionProto)
				v = read_lval(F, x);
			else
				v.node = pa_node_addr(F->f, lval(F, x));
			v.flags = type_flags(t);
			break;
		}
		case CXUnaryOperator_Deref:
			v = read_lval(F, c);
			break;
		case CXUnaryOperator_Minus:
		case CXUnaryOperator_Not:
		case CXUnaryOperator_LNot:
			a = rval(F, k.c[0], 1);
			if (a.is_cst && !(a.flags & PA_OPND_INEXACT)) {
				v = cst(op == CXUnaryOperator_Minus ? -a.cst :
					op == CXUnaryOperator_Not ? ~a.cst : !a.cst, type_flags(t));
				break;
			}
			v = temp(F, t);
			pa_b_op(F->b, v, op == CXUnaryOperator_Minus ? PA_OP_NEG :
				op == CXUnaryOperator_Not ? PA_OP_BITNOT : PA_OP_NOT, a, NONE);
			break;
		default:	/* +x, __extension__ x, __real__, __imag__ */
			v = rval(F, k.c[0], want);
			break;
		}
		break;
	}
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator: {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
		enum pa_op pop = binop(op);

		kids(c, &k, 0);
		if (k.n != 2)
			break;
		switch (op) {
		case CXBinaryOperator_Assign:
			v = assign(F, k.c[0], PA_OP_COPY, rval(F, k.c[1], 1), loc_of(F->tu, c));
			break;
		case CXBinaryOperator_Comma:
			rval(F, k.c[0], 0);
			v = rval(F, k.c[1], want);
			break;
		case CXBinaryOperator_LAnd:
		case CXBinaryOperator_LOr:
			v = pa_b_cond_value(F->b, cond(F, c));
			break;
		default:
			if (kind == CXCursor_CompoundAssignOperator) {
				v = assign(F, k.c[0], pop, rval(F, k.c[1], 1), loc_of(F->tu, c));
				break;
			}
			a = rval(F, k.c[0], 1);
			b = rval(F, k.c[1], 1);
			if (fold(pop, a, b, type_flags(t), &v))
				break;
			if (pop >= PA_OP_EQ && pop <= PA_OP_GE && a.is_cst && b.is_cst &&
			    !((a.flags | b.flags) & PA_OPND_INEXACT)) {
				struct pa_b_cond cc = pa_b_test(F->b, pop, a, b, loc_of(F->tu, c));

				v = pa_b_cond_value(F->b, cc);
				break;
			}
			if ((pop == PA_OP_ADD || pop == PA_OP_SUB) && is_pointer(t)) {
				if (!is_pointer(clang_getCursorType(k.c[0]))) {
					struct pa_opnd x = a;	/* n + p */

					a = b;
					b = x;
				}
				pop = PA_OP_PTRADD;
			}
			v = temp(F, t);
			pa_b_op(F->b, v, pop, a, b);
			break;
		}
		break;
	}
	default: {
		int i;

		/* anything else (strings, asm labels, VA args): its parts */
		kids(c, &k, 0);
		for (i = 0; i < k.n; i++)
			if (clang_isExpression(clang_getCursorKind(k.c[i])))
				rval(F, k.c[i], 0);
		if (want && !is_aggregate(t) && clang_getCanonicalType(t).kind != CXType_Void &&
		    kind != CXCursor_StringLiteral) {
			v = temp(F, t);
			pa_b_op(F->b, v, PA_OP_OTHER, NONE, NONE);
		}
		break;
	}
	}
	free(k.c);
	return v;
}

/* An expression as a condition: the builder's two exits. */
static struct pa_b_cond cond(struct fn *F, CXCursor c)
{
	struct kids k = { 0 };
	struct pa_b_cond r;
	struct pa_loc loc = loc_of(F->tu, c);
	enum CXCursorKind kind = clang_getCursorKind(c);

	kids(c, &k, 0);
	if ((kind == CXCursor_ParenExpr || kind == CXCursor_UnexposedExpr) && k.n == 1) {
		r = cond(F, k.c[0]);
		goto out;
	}
	if (kind == CXCursor_StmtExpr) {
		stmt_expr(F, c, 1, &r);
		goto out;
	}
	if (kind == CXCursor_CallExpr) {
		CXCursor callee = clang_getCursorReferenced(c);
		char *name = clang_getCursorKind(callee) == CXCursor_FunctionDecl ?
			spelling(callee) : NULL;

		if (name && !strcmp(name, "__builtin_expect") &&
		    clang_Cursor_getNumArguments(c) == 2) {
			free(name);
			r = cond(F, clang_Cursor_getArgument(c, 0));
			goto out;
		}
		free(name);
	}
	if (kind == CXCursor_UnaryOperator && k.n == 1 &&
	    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot) {
		r = pa_b_not(F->b, cond(F, k.c[0]));
		goto out;
	}
	if (kind == CXCursor_BinaryOperator && k.n == 2) {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
		enum pa_op pop = binop(op);

		if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
			struct pa_b_cond l = cond(F, k.c[0]);

			if (op == CXBinaryOperator_LAnd) {
				pa_b_and_rhs(F->b, l);
				r = pa_b_and(F->b, l, cond(F, k.c[1]));
			} else {
				pa_b_or_rhs(F->b, l);
				r = pa_b_or(F->b, l, cond(F, k.c[1]));
			}
			goto out;
		}
		if (op == CXBinaryOperator_Comma) {
			rval(F, k.c[0], 0);
			r = cond(F, k.c[1]);
			goto out;
		}
		if (pop >= PA_OP_EQ && pop <= PA_OP_GE) {
			struct pa_opnd a = rval(F, k.c[0], 1), b = rval(F, k.c[1], 1);

			r = pa_b_test(F->b, pop, a, b, loc);
			goto out;
		}
	}
	r = pa_b_test(F->b, PA_OP_NE, rval(F, c, 1), cst(0, 0), loc);
out:
	free(k.c);
	return r;
}

/* ---- statements ------------------------------------------------------------------ */

static void var_decl(struct fn *F, CXCursor d)
{
	CXCursor init;
	int l;

	if (clang_getCursorKind(d) != CXCursor_VarDecl || clang_Cursor_hasVarDeclGlobalStorage(d))
		return;	/* static locals are globals; extern declarations */
	l = new_local(F, d, 0);
	init = clang_Cursor_getVarDeclInitializer(d);
	if (clang_Cursor_isNull(init))
		return;
	if (is_aggregate(clang_getCursorType(d)))
		init_into(F, pa_b_local_node(F->b, l), init, clang_getCursorType(d),
			  loc_of(F->tu, d));
	else
		pa_b_assign(F->b, l, PA_OP_COPY, rval(F, init, 1), NONE, loc_of(F->tu, d));
}

/* Does an expression (a for statement's part) change something? */
static int has_effect(CXCursor c)
{
	c = strip(c);
	switch (clang_getCursorKind(c)) {
	case CXCursor_CompoundAssignOperator:
		return 1;
	case CXCursor_BinaryOperator: {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);

		return op == CXBinaryOperator_Assign || op == CXBinaryOperator_Comma;
	}
	case CXCursor_UnaryOperator: {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);

		return op >= CXUnaryOperator_PostInc && op <= CXUnaryOperator_PreDec;
	}
	default:
		return 0;
	}
}

/* for (I; C; N) S: libclang gives the parts present only, so which is
 * which comes from the source's semicolons when the statement is written
 * in the file, else (a macro) from their shape: a declaration or an
 * assignment before a test is I, an assignment after it is N. */
static void for_parts(struct fn *F, CXCursor c, struct kids *k, CXCursor part[3])
{
	int n = k->n - 1, i, semi[2] = { -1, -1 }, ns = 0;
	CXSourceRange ext = clang_getCursorExtent(c);
	CXSourceLocation b = clang_getRangeStart(ext), e = clang_getRangeEnd(ext);

	for (i = 0; i < 3; i++)
		part[i] = clang_getNullCursor();
	if (n == 3) {
		for (i = 0; i < 3; i++)
			part[i] = k->c[i];
		return;
	}
	if (n == 0)
		return;
	{
		CXFile fb, fe;
		unsigned ob, oe, sb, se;

		clang_getSpellingLocation(b, &fb, NULL, NULL, &sb);
		clang_getExpansionLocation(b, &fb, NULL, NULL, &ob);
		clang_getSpellingLocation(e, &fe, NULL, NULL, &se);
		clang_getExpansionLocation(e, &fe, NULL, NULL, &oe);
		if (sb == ob && se == oe && fb == fe) {
			/* not in a macro: find the two semicolons of the header */
			CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
			CXToken *tok;
			unsigned nt, j;
			int depth = 0;

			clang_tokenize(tu, ext, &tok, &nt);
			for (j = 0; j < nt && ns < 2; j++) {
				CXString s = clang_getTokenSpelling(tu, tok[j]);
				const char *t = clang_getCString(s);

				if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{"))
					depth++;
				else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}"))
					depth--;
				else if (depth == 1 && !strcmp(t, ";")) {
					unsigned off;

					clang_getExpansionLocation(clang_getTokenLocation(tu, tok[j]),
								   NULL, NULL, NULL, &off);
					semi[ns++] = (int)off;
				}
				clang_disposeString(s);
			}
			clang_disposeTokens(tu, tok, nt);
		}
	}
	if (ns == 2) {
		for (i = 0; i < n; i++) {
			unsigned off;
			int p;

			clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(k->c[i])),
						   NULL, NULL, NULL, &off);
			/* a declaration's extent starts before the first ';' */
			p = (int)off < semi[0] ? 0 : (int)off < semi[1] ? 1 : 2;
			part[p] = k->c[i];
		}
		return;
	}
	/* shapes */
	for (i = 0; i < n; i++) {
		CXCursor x = k->c[i];
		int decl = clang_getCursorKind(x) == CXCursor_DeclStmt;

		if (decl || (has_effect(x) && clang_Cursor_isNull(part[1]) && i == 0 &&
			     (n == 1 ? 0 : !has_effect(k->c[1]) || n == 2)))
			part[0] = x;
		else if (!has_effect(x) && clang_Cursor_isNull(part[1]) && !decl)
			part[1] = x;
		else
			part[2] = x;
	}
}

static void stmt(struct fn *F, CXCursor c)
{
	struct kids k = { 0 };
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct pa_loc loc = loc_of(F->tu, c);
	int i;

	switch (kind) {
	case CXCursor_CompoundStmt:
		kids(c, &k, 0);
		for (i = 0; i < k.n; i++)
			stmt(F, k.c[i]);
		break;
	case CXCursor_DeclStmt:
		kids(c, &k, 0);
		for (i = 0; i < k.n; i++)
			var_decl(F, k.c[i]);
		break;
	case CXCursor_IfStmt:
		kids(c, &k, 0);
		if (k.n < 2)
			break;
		pa_b_if(F->b, cond(F, k.c[0]));
		stmt(F, k.c[1]);
		if (k.n > 2) {
			pa_b_else(F->b);
			stmt(F, k.c[2]);
		}
		pa_b_end_if(F->b);
		break;
	case CXCursor_WhileStmt:
		kids(c, &k, 0);
		if (k.n < 2)
			break;
		pa_b_loop(F->b);
		pa_b_loop_test(F->b, cond(F, k.c[0]));
		stmt(F, k.c[1]);
		pa_b_loop_end(F->b);
		break;
	case CXCursor_DoStmt:
		kids(c, &k, 0);
		if (k.n < 2)
			break;
		pa_b_loop(F->b);
		stmt(F, k.c[0]);
		pa_b_loop_next(F->b);
		pa_b_loop_while(F->b, cond(F, k.c[1]));
		break;
	case CXCursor_ForStmt: {
		CXCursor part[3];

		kids(c, &k, 0);
		if (k.n < 1)
			break;
		for_parts(F, c, &k, part);
		if (!clang_Cursor_isNull(part[0]))
			stmt(F, part[0]);
		pa_b_loop(F->b);
		if (!clang_Cursor_isNull(part[1]))
			pa_b_loop_test(F->b, cond(F, part[1]));
		stmt(F, k.c[k.n - 1]);
		pa_b_loop_next(F->b);
		if (!clang_Cursor_isNull(part[2]))
			rval(F, part[2], 0);
		pa_b_loop_end(F->b);
		break;
	}
	case CXCursor_SwitchStmt:
		kids(c, &k, 0);
		if (k.n < 2)
			break;
		pa_b_switch(F->b, rval(F, k.c[k.n - 2], 1), loc);
		stmt(F, k.c[k.n - 1]);
		pa_b_end_switch(F->b);
		break;
	case CXCursor_CaseStmt: {
		struct pa_opnd lo, hi;

		kids(c, &k, 0);
		if (k.n < 2)
			break;
		if (!evaluate(k.c[0], &lo) || (lo.flags & PA_OPND_INEXACT))
			lo = cst(LONG_MIN, 0);
		if (k.n == 3) {	/* case LO ... HI: */
			if (!evaluate(k.c[1], &hi) || (hi.flags & PA_OPND_INEXACT))
				hi = cst(LONG_MAX, 0);
			pa_b_case_range(F->b, lo.cst, hi.cst, loc);
		} else if (lo.cst == LONG_MIN) {
			pa_b_case_range(F->b, LONG_MIN, LONG_MAX, loc);
		} else {
			pa_b_case(F->b, lo.cst, loc);
		}
		stmt(F, k.c[k.n - 1]);
		break;
	}
	case CXCursor_DefaultStmt:
		kids(c, &k, 0);
		pa_b_default(F->b, loc);
		if (k.n)
			stmt(F, k.c[k.n - 1]);
		break;
	case CXCursor_LabelStmt:
		kids(c, &k, 0);
		pa_b_place(F->b, label_id(F, c));
		if (k.n)
			stmt(F, k.c[k.n - 1]);
		break;
	case CXCursor_GotoStmt:
		kids(c, &k, 1);
		for (i = 0; i < k.n; i++)
			if (clang_getCursorKind(k.c[i]) == CXCursor_LabelRef)
				pa_b_goto(F->b, label_id(F, clang_getCursorReferenced(k.c[i])), loc);
		break;
	case CXCursor_BreakStmt:
		pa_b_break(F->b, loc);
		break;
	case CXCursor_ContinueStmt:
		pa_b_continue(F->b, loc);
		break;
	case CXCursor_ReturnStmt:
		kids(c, &k, 0);
		pa_b_return(F->b, k.n ? rval(F, k.c[0], 1) : NONE, loc);
		break;
	case CXCursor_NullStmt:
	case CXCursor_GCCAsmStmt:	/* no call, no page */
	case CXCursor_IndirectGotoStmt:	/* computed goto: not followed (builder) */
		break;
	default:
		if (clang_isExpression(kind)) {
			rval(F, c, 0);
			break;
		}
		/* attributed statements (fallthrough;) and the like: their parts */
		kids(c, &k, 0);
		for (i = 0; i < k.n; i++)
			stmt(F, k.c[i]);
		break;
	}
	free(k.c);
}

/* Before lowering: locals whose address is taken live in memory; the
 * control statements give an estimate of the blocks. */
static enum CXChildVisitResult prescan(CXCursor c, CXCursor parent, CXClientData d)
{
	struct fn *F = d;

	switch (clang_getCursorKind(c)) {
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf) {
			struct kids k = { 0 };

			kids(c, &k, 0);
			if (k.n == 1) {
				CXCursor x = strip(k.c[0]);

				/* &x, &x.f, &x[i] of a local x */
				while (clang_getCursorKind(x) == CXCursor_MemberRefExpr ||
				       clang_getCursorKind(x) == CXCursor_ArraySubscriptExpr) {
					kids(x, &k, 0);
					if (k.n < 1 || is_pointer(clang_getCursorType(k.c[0])))
						break;
					x = strip(k.c[0]);
				}
				if (clang_getCursorKind(x) == CXCursor_DeclRefExpr)
					cset_put(&F->memory, clang_getCursorReferenced(x), 1);
			}
			free(k.c);
		}
		break;
	case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_DoStmt:
	case CXCursor_ForStmt: case CXCursor_CaseStmt: case CXCursor_DefaultStmt:
	case CXCursor_LabelStmt: case CXCursor_ConditionalOperator: case CXCursor_ReturnStmt:
		F->ncontrol += 2;
		break;
	case CXCursor_BinaryOperator: {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);

		if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
			F->ncontrol += 2;
		break;
	}
	default:
		break;
	}
	return CXChildVisit_Recurse;
}

struct worker;
static void report_line(struct worker *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void lower_function(struct worker *w, struct pa_session *s, struct tu *tu, CXCursor fd)
{
	struct fn F;
	struct kids k = { 0 };
	char *name = spelling(fd);
	char err[256];
	int i, n;
	CXCursor body;

	memset(&F, 0, sizeof(F));
	F.tu = tu;
	kids(fd, &k, 0);
	if (!k.n || clang_getCursorKind(k.c[k.n - 1]) != CXCursor_CompoundStmt)
		goto out;
	body = k.c[k.n - 1];
	clang_visitChildren(body, prescan, &F);
	if (pa_session_too_big(s, name, F.ncontrol + 1)) {
		if (pa_session_verbose(s))
			report_line(w, "pageaudit: '%s' skipped: about %d basic blocks",
				    name, F.ncontrol + 1);
		goto out;
	}
	F.f = pa_func_new(tu->u, name, loc_of(tu, fd), NULL);
	pa_func_set_static(F.f, clang_Cursor_getStorageClass(fd) == CX_SC_Static);
	F.b = pa_b_new(F.f);
	n = clang_Cursor_getNumArguments(fd);
	for (i = 0; i < n; i++)
		new_local(&F, clang_Cursor_getArgument(fd, (unsigned)i), i + 1);
	stmt(&F, body);
	if (pa_b_finish(F.b, loc_at(tu, clang_getRangeEnd(clang_getCursorExtent(body))), err,
			sizeof(err)))
		report_line(w, "pageaudit-clang: %s: lowering: %s", name, err);
	tu->nfuncs++;
out:
	cset_clear(&F.locals);
	cset_clear(&F.memory);
	for (i = 0; i < F.nlab; i++)
		free(F.lab[i].name);
	free(F.lab);
	free(k.c);
	free(name);
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct tu *tu = d;

	if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) &&
	    clang_Location_isFromMainFile(clang_getCursorLocation(c)) &&
	    !cset_get(&tu->queued, c, NULL)) {
		cset_put(&tu->queued, c, 1);
		GROW(tu->todo, tu->ntodo, tu->captodo);
		tu->todo[tu->ntodo++] = c;
	}
	return CXChildVisit_Continue;
}

/* ---- the driver ------------------------------------------------------------------ */

struct option {
	const char *key, *value;
};

struct job {
	struct pa_cc_entry *e;
	char *path;		/* the source, absolute */
	char **args;		/* for libclang */
	int nargs;
	char *graph;		/* OBJ.pa, or NULL */
	/* results */
	char *text;		/* findings and messages, in clang's format */
	size_t textlen;
	struct pa_finding *fd;	/* copies, for SARIF */
	int nfd, capfd;
	int failed;		/* did not parse */
};

struct worker {
	struct job *job;
	FILE *out;		/* into job->text */
};

static struct option *options;
static int noptions;
static const char *srcroot;
static struct job *jobs;
static int njobs, next_job;
static pthread_mutex_t job_lock = PTHREAD_MUTEX_INITIALIZER;

static void report_line(struct worker *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(w->out, fmt, ap);
	va_end(ap);
	fputc('\n', w->out);
}

static void copy_finding(struct pa_finding *d, const struct pa_finding *s)
{
	int i;

	*d = *s;
	d->rule = xstrdup(s->rule);
	d->message = xstrdup(s->message);
	d->loc.file = xstrdup(s->loc.file);
	d->function = xstrdup(s->function);
	d->object = xstrdup(s->object);
	d->steps = xrealloc(NULL, (size_t)(s->nsteps ? s->nsteps : 1) * sizeof(*d->steps));
	for (i = 0; i < s->nsteps; i++) {
		d->steps[i] = s->steps[i];
		d->steps[i].text = xstrdup(s->steps[i].text);
		d->steps[i].loc.file = xstrdup(s->steps[i].loc.file);
	}
}

static void show(const struct pa_finding *fd, int as_error, void *ctx)
{
	struct worker *w = ctx;
	struct job *j = w->job;

	GROW(j->fd, j->nfd, j->capfd);
	copy_finding(&j->fd[j->nfd++], fd);
	pa_finding_print(w->out, fd, PA_TEXT_CLANG, srcroot, as_error);
}

static struct pa_session *new_session(char *err, size_t errlen)
{
	struct pa_session *s = pa_session_new("clang");
	int i;

	for (i = 0; i < noptions; i++)
		pa_session_option(s, options[i].key, options[i].value);
	if (pa_session_start(s, err, errlen)) {
		pa_session_free(s);
		return NULL;
	}
	return s;
}

static void mkdirs(const char *path)
{
	char *p = xstrdup(path), *q;

	for (q = p + 1; *q; q++)
		if (*q == '/') {
			*q = 0;
			mkdir(p, 0777);
			*q = '/';
		}
	free(p);
}

static void run_job(struct worker *w, struct pa_session *s, CXIndex idx)
{
	struct job *j = w->job;
	CXTranslationUnit tu = NULL;
	enum CXErrorCode ec;
	struct tu T;
	unsigned i, nd;
	char err[1024];

	memset(&T, 0, sizeof(T));
	ec = clang_parseTranslationUnit2(idx, j->path, (const char *const *)j->args, j->nargs,
					 NULL, 0, CXTranslationUnit_KeepGoing, &tu);
	if (ec != CXError_Success || !tu) {
		report_line(w, "%s: error: libclang could not parse it (error %d)", j->path, (int)ec);
		j->failed = 1;
		return;
	}
	nd = clang_getNumDiagnostics(tu);
	for (i = 0; i < nd; i++) {
		CXDiagnostic dg = clang_getDiagnostic(tu, i);

		if (clang_getDiagnosticSeverity(dg) >= CXDiagnostic_Error) {
			CXString m = clang_formatDiagnostic(dg, CXDiagnostic_DisplaySourceLocation |
							    CXDiagnostic_DisplayColumn);

			/* a unit that does not compile: its findings would mean nothing */
			report_line(w, "%s: error: does not parse with clang: %s", j->path,
				    clang_getCString(m));
			clang_disposeString(m);
			clang_disposeDiagnostic(dg);
			j->failed = 1;
			clang_disposeTranslationUnit(tu);
			return;
		}
		clang_disposeDiagnostic(dg);
	}
	T.u = pa_session_unit(s);
	if (T.u) {
		int k;

		clang_visitChildren(clang_getTranslationUnitCursor(tu), top_visit, &T);
		for (k = 0; k < T.ntodo; k++)
			lower_function(w, s, &T, T.todo[k]);
		if (j->graph && pa_session_graph(s))
			mkdirs(j->graph);
		if (pa_session_end_unit(s, j->graph, show, w, err, sizeof(err)) < 0)
			report_line(w, "pageaudit-clang: %s", err);
		if (pa_session_verbose(s)) {
			pa_session_stats_line(s, err, sizeof(err));
			report_line(w, "%s: pageaudit: %d functions lowered; %s", j->path, T.nfuncs,
				    err);
		}
	}
	cset_clear(&T.queued);
	free(T.todo);
	free(T.last_name);
	clang_disposeTranslationUnit(tu);
}

static void *worker_main(void *arg)
{
	struct pa_session *s;
	CXIndex idx = clang_createIndex(0, 0);
	char err[1024];

	(void)arg;
	s = new_session(err, sizeof(err));
	if (!s)
		return NULL;	/* main checked the options already */
	for (;;) {
		struct worker w;
		int i;

		pthread_mutex_lock(&job_lock);
		i = next_job < njobs ? next_job++ : -1;
		pthread_mutex_unlock(&job_lock);
		if (i < 0)
			break;
		w.job = &jobs[i];
		w.out = open_memstream(&w.job->text, &w.job->textlen);
		if (!w.out) {
			w.job->failed = 1;
			continue;
		}
		run_job(&w, s, idx);
		fclose(w.out);
	}
	pa_session_free(s);
	clang_disposeIndex(idx);
	return NULL;
}

/* ---- compile commands to libclang arguments ------------------------------------- */

/* GCC-only flags clang 19 rejects ("unknown argument"; checked one by one
 * with clang-19 -fsyntax-only), prefixes end in '=' or '-'; flags clang
 * only warns about stay (-w silences them).  -fplugin: clang would load
 * the GCC plugin; its -fplugin-arg-* go with it. */
static const char *const gcc_only[] = {
	"-fconserve-stack", "-fno-allow-store-data-races", "-mindirect-branch=",
	"-mindirect-branch-register", "-mpreferred-stack-boundary=", "-mrecord-mcount",
	"-fno-ipa-", "-fipa-", "-fno-var-tracking-assignments", "-fsched-pressure",
	"-fno-tree-", "-ftree-", "-fstack-protector-guard=", "-fno-code-hoisting",
	"-fno-partial-inlining", "-fmin-function-alignment=", "-fplugin=", "-fplugin-arg-",
	NULL
};

static char dropped[2048];
static pthread_mutex_t dropped_lock = PTHREAD_MUTEX_INITIALIZER;

static void note_dropped(const char *flag)
{
	char word[128];
	const char *eq = strchr(flag, '=');
	size_t n = eq ? (size_t)(eq - flag) + 1 : strlen(flag);

	if (!strncmp(flag, "-fplugin", 8))
		n = strlen("-fplugin");	/* one word for all of them */
	snprintf(word, sizeof(word), " %.*s%s", (int)n, flag, eq ? "..." : "");
	pthread_mutex_lock(&dropped_lock);
	if (!strstr(dropped, word) && strlen(dropped) + strlen(word) < sizeof(dropped))
		strcat(dropped, word);
	pthread_mutex_unlock(&dropped_lock);
}

static int is_gcc_only(const char *a)
{
	int i;

	for (i = 0; gcc_only[i]; i++) {
		size_t n = strlen(gcc_only[i]);

		if (gcc_only[i][n - 1] == '=' || gcc_only[i][n - 1] == '-' ?
		    !strncmp(a, gcc_only[i], n) : !strcmp(a, gcc_only[i]))
			return 1;
	}
	return 0;
}

static char *join(const char *dir, const char *path)
{
	char *r;

	if (path[0] == '/')
		return xstrdup(path);
	r = xrealloc(NULL, strlen(dir) + strlen(path) + 2);
	sprintf(r, "%s/%s", dir, path);
	return r;
}

/* The object an entry writes: "output", else -o. */
static const char *entry_output(const struct pa_cc_entry *e)
{
	int i;

	if (e->output)
		return e->output;
	for (i = 1; i < e->argc; i++) {
		if (!strcmp(e->argv[i], "-o") && i + 1 < e->argc)
			return e->argv[i + 1];
		if (!strncmp(e->argv[i], "-o", 2) && e->argv[i][2])
			return e->argv[i] + 2;
	}
	return NULL;
}

static void make_args(struct job *j)
{
	struct pa_cc_entry *e = j->e;
	int i;

	j->args = xrealloc(NULL, (size_t)(e->argc + 8) * sizeof(*j->args));
	j->nargs = 0;
	/* libclang runs in no directory: relative paths are the entry's */
	j->args[j->nargs++] = xstrdup("-working-directory");
	j->args[j->nargs++] = xstrdup(e->directory);
	for (i = 1; i < e->argc; i++) {
		const char *a = e->argv[i];

		if (!strcmp(a, "-c") || !strcmp(a, "-S") || !strcmp(a, "-E") ||
		    !strcmp(a, "-MD") || !strcmp(a, "-MMD") || !strcmp(a, "-MP") ||
		    !strncmp(a, "-Wp,-M", 6) || !strcmp(a, "-Werror") || !strcmp(a, "-pipe"))
			continue;
		if (!strcmp(a, "-o") || !strcmp(a, "-MF") || !strcmp(a, "-MT") ||
		    !strcmp(a, "-MQ")) {
			i++;
			continue;
		}
		if (!strncmp(a, "-o", 2) || !strncmp(a, "-Werror=", 8))
			continue;
		if (a[0] != '-' && !strcmp(a, e->file))
			continue;	/* the source: given apart */
		if (is_gcc_only(a)) {
			note_dropped(a);
			continue;
		}
		j->args[j->nargs++] = xstrdup(a);
	}
	j->args[j->nargs++] = xstrdup("-w");
	j->args[j->nargs++] = xstrdup("-Wno-error");
	j->args[j->nargs] = NULL;
}

/* Does FILE (as the user wrote it) name this entry? */
static int names_entry(const char *want, const char *wabs, const char *path)
{
	size_t lw = strlen(want), lp = strlen(path);

	if (wabs && !strcmp(wabs, path))
		return 1;
	return lp > lw && !strcmp(path + lp - lw, want) && path[lp - lw - 1] == '/';
}

static void usage(FILE *fp)
{
	int i;

	fprintf(fp, "usage: pageaudit-clang -p BUILD_DIR [-j N] [--OPTION[=VALUE]...] [FILE...]\n"
		"  -p BUILD_DIR      the directory of compile_commands.json\n"
		"  -j N              files at once (default: the number of CPUs)\n"
		"  --sarif=FILE      SARIF 2.1.0 of the findings\n"
		"  --graph-dir=DIR   with --graph: OBJ.pa under DIR, not beside the object\n"
		"  --srcroot=DIR     paths relative to DIR\n"
		"  --print-commands  the clang-19 -fsyntax-only command of each file, and exit\n");
	for (i = 0; pa_session_help[i]; i++)
		fprintf(fp, "  --%s\n", pa_session_help[i]);
}

static int same_place(const struct pa_finding *a, const struct pa_finding *b)
{
	return pa_finding_cmp(a, b) == 0;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *sarif = NULL, *graph_dir = NULL;
	int nthreads = (int)sysconf(_SC_NPROCESSORS_ONLN), print_commands = 0;
	const char **files = NULL;
	int nfiles = 0, i, f, status = 0, nfindings = 0, werror;
	struct pa_session *main_s;
	struct pa_cc cc;
	char err[1024], path[PATH_MAX];
	pthread_t *th;
	pthread_attr_t attr;
	const struct pa_finding **all = NULL;
	int nall = 0, capall = 0;

	options = xrealloc(NULL, (size_t)argc * sizeof(*options));
	files = xrealloc(NULL, (size_t)argc * sizeof(*files));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		}
		if ((a[0] == '-' && (a[1] == 'p' || a[1] == 'j')) && strncmp(a, "--", 2)) {
			/* -p DIR, -pDIR, -j N, -jN */
			const char *v = a[2] ? a + 2 : i + 1 < argc ? argv[++i] : NULL;

			if (!v) {
				fprintf(stderr, "pageaudit-clang: error: '%s' needs a value\n", a);
				return 2;
			}
			if (a[1] == 'p') {
				dir = v;
			} else {
				char *end;
				long n = strtol(v, &end, 10);

				if (*end || n < 1 || n > 1024) {
					fprintf(stderr, "pageaudit-clang: error: -j needs a number from 1 to 1024, not '%s'\n",
						v);
					return 2;
				}
				nthreads = (int)n;
			}
		} else if (!strncmp(a, "--", 2)) {
			char *key = xstrdup(a + 2), *eq = strchr(key, '=');
			const char *value = eq ? eq + 1 : NULL;
			struct pa_session *probe;

			if (eq)
				*eq = 0;
			if (!strcmp(key, "sarif") || !strcmp(key, "graph-dir") ||
			    !strcmp(key, "srcroot")) {
				if (!value || !*value) {
					fprintf(stderr, "pageaudit-clang: error: '--%s' needs a value: --%s=VALUE\n",
						key, key);
					return 2;
				}
				if (key[0] == 's' && key[1] == 'a')
					sarif = value;
				else if (key[0] == 'g')
					graph_dir = value;
				else
					srcroot = value;
				continue;
			}
			if (!strcmp(key, "print-commands") && !value) {
				print_commands = 1;
				continue;
			}
			probe = pa_session_new("clang");
			switch (pa_session_option(probe, key, value)) {
			case PA_OPT_OK:
				options[noptions].key = key;
				options[noptions++].value = value;
				pa_session_free(probe);
				continue;
			case PA_OPT_NEEDS_VALUE:
				fprintf(stderr, "pageaudit-clang: error: '--%s' needs a value: --%s=VALUE\n",
					key, key);
				break;
			case PA_OPT_NO_VALUE:
				fprintf(stderr, "pageaudit-clang: error: '--%s' takes no value\n", key);
				break;
			case PA_OPT_BAD_VALUE:
				fprintf(stderr, "pageaudit-clang: error: '--%s' needs a positive number, not '%s'\n",
					key, value);
				break;
			default:
				fprintf(stderr, "pageaudit-clang: error: unknown option '%s' (--help lists them)\n",
					a);
				break;
			}
			pa_session_free(probe);
			return 2;
		} else if (a[0] == '-') {
			fprintf(stderr, "pageaudit-clang: error: unknown option '%s' (--help lists them)\n", a);
			return 2;
		} else {
			files[nfiles++] = a;
		}
	}
	if (!dir) {
		fprintf(stderr, "pageaudit-clang: error: no build directory: -p BUILD_DIR (the directory of compile_commands.json)\n");
		return 2;
	}
	main_s = new_session(err, sizeof(err));
	if (!main_s) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	werror = pa_session_werror(main_s);
	snprintf(path, sizeof(path), "%s/compile_commands.json", dir);
	if (pa_cc_load(path, &cc, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}

	/* the entries to analyze, in the order given (else the database's) */
	jobs = xrealloc(NULL, (size_t)(cc.n ? cc.n : 1) * sizeof(*jobs));
	for (i = 0; i < cc.n; i++) {
		char *p = join(cc.e[i].directory, cc.e[i].file);
		int want = !nfiles, k;

		for (k = 0; k < nfiles && !want; k++) {
			char *abs = realpath(files[k], NULL), *d;

			want = names_entry(files[k], abs, p);
			if (!want) {
				d = join(dir, files[k]);
				free(abs);
				abs = realpath(d, NULL);
				want = abs && !strcmp(abs, p);
				free(d);
			}
			free(abs);
		}
		if (!want) {
			free(p);
			continue;
		}
		memset(&jobs[njobs], 0, sizeof(jobs[0]));
		jobs[njobs].e = &cc.e[i];
		jobs[njobs].path = p;
		njobs++;
	}
	for (f = 0; f < nfiles; f++) {
		int found = 0, k;

		for (k = 0; k < njobs && !found; k++) {
			char *abs = realpath(files[f], NULL), *d = join(dir, files[f]), *abs2 = realpath(d, NULL);

			found = names_entry(files[f], abs, jobs[k].path) ||
				(abs2 && !strcmp(abs2, jobs[k].path));
			free(abs);
			free(abs2);
			free(d);
		}
		if (!found) {
			fprintf(stderr, "pageaudit-clang: error: '%s' is not in %s\n", files[f], path);
			return 2;
		}
	}
	for (i = 0; i < njobs; i++) {
		const char *obj = entry_output(jobs[i].e);

		make_args(&jobs[i]);
		if (obj && pa_session_graph(main_s)) {
			char *o = graph_dir ? join(graph_dir, obj) : join(jobs[i].e->directory, obj);
			char *dot = strrchr(o, '.');

			if (dot && !strchr(dot, '/'))
				*dot = 0;
			jobs[i].graph = xrealloc(NULL, strlen(o) + 4);
			sprintf(jobs[i].graph, "%s.pa", o);
			free(o);
		}
	}
	if (dropped[0])
		fprintf(stderr, "pageaudit-clang: dropped GCC-only flags clang rejects:%s\n", dropped);
	if (print_commands) {
		for (i = 0; i < njobs; i++) {
			int k;

			printf("clang-19 -fsyntax-only");
			for (k = 0; k < jobs[i].nargs; k++)
				printf(" '%s'", jobs[i].args[k]);
			printf(" '%s'\n", jobs[i].path);
		}
		return 0;
	}
	if (!pa_session_enabled(main_s))
		return 0;

	if (nthreads > njobs)
		nthreads = njobs ? njobs : 1;
	th = xrealloc(NULL, (size_t)nthreads * sizeof(*th));
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 << 20);	/* deep expressions of macros */
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&th[i], &attr, worker_main, NULL)) {
			fprintf(stderr, "pageaudit-clang: error: cannot start a thread\n");
			return 2;
		}
	for (i = 0; i < nthreads; i++)
		pthread_join(th[i], NULL);

	/* in the database's order; a header's finding once, not once per file */
	for (i = 0; i < njobs; i++) {
		struct job *j = &jobs[i];
		int k, m;

		if (j->text)
			fwrite(j->text, 1, j->textlen, stdout);
		if (j->failed)
			status = 3;
		for (k = 0; k < j->nfd; k++) {
			for (m = 0; m < nall && !same_place(all[m], &j->fd[k]); m++)
				;
			if (m < nall)
				continue;
			GROW(all, nall, capall);
			all[nall++] = &j->fd[k];
		}
	}
	nfindings = nall;
	if (sarif) {
		FILE *fp = fopen(sarif, "w");

		if (!fp || pa_sarif_write(fp, all, nall, srcroot, pa_session_rules(main_s)) ||
		    fclose(fp)) {
			fprintf(stderr, "pageaudit-clang: error: cannot write '%s': %s\n", sarif,
				strerror(errno));
			return 2;
		}
	}
	fflush(stdout);
	pa_session_free(main_s);
	if (status)
		return status;
	return werror && nfindings ? 1 : 0;
}
