// SPDX-License-Identifier: GPL-2.0
/*
 * gen-cocci: write the Coccinelle front end from a rule set.
 *
 *   gen-cocci RULES OUTDIR     writes OUTDIR/RULE-ID.cocci for each rule id
 *                              of ../shared/DESIGN.md, and OUTDIR/pageaudit.cocci
 *                              with all of them
 *
 * The rule set is read with the engine's parser (pa_rules_load); every
 * function name in the output comes from it.  How the rules become SmPL, and
 * what the semantic patches cannot see, is in cocci/README.md.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pageaudit.h"

#define MAXGROUP 64
#define MAXNAME 64
#define MAXALT 64

/* When a mark takes effect: always, or on a true / false result. */
enum sense { S_ALWAYS, S_TRUE, S_FALSE };

/* Rules with the same role, object and shape become one identifier list. */
struct group {
	enum pa_role role;
	enum pa_obj obj;
	int argno;
	enum sense sense;
	const char *name[MAXNAME];
	int n;
};

static struct group grp[MAXGROUP];
static int ngrp;
static const struct pa_rule *store[MAXNAME];	/* io STRUCT.FIELD store */
static int nstore;
static const struct pa_rule *same[MAXNAME];	/* conversions */
static int nsame;
static const struct pa_rule *exempt[MAXNAME];	/* globals that are never guest pages */
static int nexempt;

#define B(role) (1u << (role))
#define KILL (1u << 8)		/* the object's variable is assigned something else */
#define ACCC (1u << 9)		/* an accessible call whose result is used */
#define IOB B(PA_ROLE_IO)
#define MARKS B(PA_ROLE_MARK)
#define MACC B(PA_ROLE_MARK_ACCESSIBLE)
#define ACC B(PA_ROLE_ACCESSIBLE)
#define REL B(PA_ROLE_RELEASE)

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("gen-cocci: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static enum sense sense_of(const struct pa_rule *r)
{
	if (r->role != PA_ROLE_MARK || r->obj != PA_OBJ_ARG || r->when == PA_WHEN_ALWAYS)
		return S_ALWAYS;	/* results and out arrays: see README */
	return r->when == PA_WHEN_ZERO ? S_FALSE : S_TRUE;
}

static void add_group(const struct pa_rule *r)
{
	struct group *g;
	int i;

	for (i = 0; i < ngrp; i++) {
		g = &grp[i];
		if (g->role == r->role && g->obj == r->obj && g->argno == r->argno &&
		    g->sense == sense_of(r))
			break;
	}
	if (i == ngrp) {
		if (ngrp == MAXGROUP)
			die("too many rule groups");
		g = &grp[ngrp++];
		g->role = r->role;
		g->obj = r->obj;
		g->argno = r->argno;
		g->sense = sense_of(r);
	}
	g = &grp[i];
	if (g->n == MAXNAME)
		die("too many names in one group");
	g->name[g->n++] = r->name;
}

static void load(const struct pa_rules *rs)
{
	int i;

	for (i = 0; i < pa_rules_count(rs); i++) {
		const struct pa_rule *r = pa_rules_get(rs, i);

		if (r->role == PA_ROLE_NEUTRAL) {
			continue;	/* no event */
		} else if (r->role == PA_ROLE_EXEMPT) {
			if (nexempt == MAXNAME)
				die("too many exempt globals");
			exempt[nexempt++] = r;
		} else if (r->role == PA_ROLE_SAME) {
			if (nsame == MAXNAME)
				die("too many conversions");
			same[nsame++] = r;
		} else if (r->role > PA_ROLE_IO) {
			die("%s:%d: role '%s' unknown to gen-cocci", pa_rules_filename(rs),
			    r->line, pa_role_name(r->role));
		} else if (r->obj == PA_OBJ_STORE) {
			if (nstore == MAXNAME)
				die("too many stores");
			store[nstore++] = r;
		} else {
			add_group(r);
		}
	}
}

/* Marks that hold for one result of the call only (try_get_page()). */
static int has_conditional_marks(void)
{
	int i;

	for (i = 0; i < ngrp; i++)
		if (grp[i].role == PA_ROLE_MARK && grp[i].sense != S_ALWAYS)
			return 1;
	return 0;
}

/* ---- one SmPL rule: its metavariable declarations and its body ------------ */

struct rule {
	char *dbuf, *bbuf;
	size_t dlen, blen;
	FILE *d, *b;
	int n;
	int k_used;		/* "when != K" written: K counts as used */
};

static void rule_open(struct rule *r)
{
	memset(r, 0, sizeof(*r));
	r->d = open_memstream(&r->dbuf, &r->dlen);
	r->b = open_memstream(&r->bbuf, &r->blen);
	if (!r->d || !r->b)
		die("out of memory");
}

static void rule_close(struct rule *r)
{
	fclose(r->d);
	fclose(r->b);
}

static const char *fresh(struct rule *r, const char *prefix)
{
	static char pool[1024][16];
	static int used;
	char *s = pool[used++ % 1024];

	snprintf(s, sizeof(pool[0]), "%s%d", prefix, ++r->n);
	return s;
}

static const char *mv_expr(struct rule *r)
{
	const char *e = fresh(r, "E");

	fprintf(r->d, "expression %s;\n", e);
	return e;
}

/* How an argument denotes the object: v value, o out array, a allocated out
 * array; r prefixes a release (nothing for an element set, DESIGN.md). */
static const char *kind_of(const struct group *g)
{
	static const char *const k[2][3] = { { "v", "o", "a" }, { "rv", "ro", "ra" } };
	int rel = g->role == PA_ROLE_RELEASE;

	return k[rel][g->obj == PA_OBJ_OUT ? 1 : g->obj == PA_OBJ_OUTALLOC ? 2 : 0];
}

static const char *mv_obj(struct rule *r, const char *name, const char *kind)
{
	const char *x = name ? name : fresh(r, "X");

	fprintf(r->d, "expression %s : script:python(K) { pa_is(K, %s, \"%s\") };\n",
		x, x, kind);
	return x;
}

static const char *mv_other(struct rule *r)
{
	const char *y = fresh(r, "Y");

	fprintf(r->d, "expression %s : script:python(K) { not pa_is(K, %s, \"v\") };\n", y, y);
	return y;
}

static const char *mv_ids(struct rule *r, const struct group *g)
{
	const char *id = fresh(r, "g");
	int i;

	fprintf(r->d, "identifier %s = {", id);
	for (i = 0; i < g->n; i++)
		fprintf(r->d, "%s%s", i ? ", " : "", g->name[i]);
	fprintf(r->d, "};\n");
	return id;
}

static const char *mv_stmt(struct rule *r)
{
	const char *s = fresh(r, "S");

	fprintf(r->d, "statement %s;\n", s);
	return s;
}

/* NAME(E1, .., X, ...) with the object at the rule's argument, or X = NAME(...). */
static void call(struct rule *r, FILE *o, const struct group *g, const char *ids,
		 const char *x, const char *pos)
{
	int i;

	if (g->obj == PA_OBJ_RET) {
		fprintf(o, "%s = %s%s%s(...)", x, ids, pos ? "@" : "", pos ? pos : "");
		return;
	}
	fprintf(o, "%s%s%s(", ids, pos ? "@" : "", pos ? pos : "");
	for (i = 1; i < g->argno; i++)
		fprintf(o, "%s, ", mv_expr(r));
	fprintf(o, "%s, ...)", x);
}

/* A disjunction of the alternatives written so far. */
struct alts {
	char *buf[MAXALT];
	size_t len[MAXALT];
	FILE *f[MAXALT];
	int n;
};

static FILE *alt_new(struct alts *a)
{
	if (a->n == MAXALT)
		die("too many alternatives");
	a->f[a->n] = open_memstream(&a->buf[a->n], &a->len[a->n]);
	if (!a->f[a->n])
		die("out of memory");
	fputc(' ', a->f[a->n]);	/* a '(' in column 0 would open a disjunction */
	return a->f[a->n++];
}

static int alt_print(FILE *o, struct alts *a)
{
	int i;

	for (i = 0; i < a->n; i++)
		fclose(a->f[i]);
	if (a->n > 1)
		fputs("(\n", o);
	for (i = 0; i < a->n; i++) {
		fprintf(o, "%s%s\n", i ? "|\n" : "", a->buf[i]);
		free(a->buf[i]);
	}
	if (a->n > 1)
		fputs(")\n", o);
	return a->n;
}

static char *call_text(struct rule *r, const struct group *g, const char *pos)
{
	char *buf;
	size_t len;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		die("out of memory");
	call(r, f, g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), pos);
	fclose(f);
	return buf;
}

/*
 * The places where an accessible call C surely runs when its statement
 * does: Coccinelle's control flow does not split && and ||, so a call in
 * their right operand may not block a path.  Unchecked: "C;" and
 * "(void)C;"; checked: its result assigned, passed on (unlikely() and
 * WARN_ON() too), or tested first.
 */
static void acc_blockers(struct rule *r, FILE *o, const struct group *g, int checked_only,
			 int *first)
{
	char *c = call_text(r, g, NULL);
	const char *e, *fn = fresh(r, "f"), *op = fresh(r, "op");

#define WHEN (*first ? (*first = 0, " when != ") : "    when != ")
	if (!checked_only) {
		fprintf(o, "%s%s;\n", WHEN, c);
		fprintf(o, "%s(void)%s;\n", WHEN, c);
	}
	fprintf(o, "%s%s = %s\n", WHEN, mv_expr(r), c);
	fprintf(r->d, "identifier %s;\nbinary operator %s;\n", fn, op);
	fprintf(o, "%s%s(..., %s, ...)\n", WHEN, fn, c);
	e = mv_expr(r);
	fprintf(o, "%sif (\\( %s \\| !%s \\| %s %s %s \\| !%s %s %s \\)) %s else %s\n",
		WHEN, c, c, c, op, e, c, op, e, mv_stmt(r), mv_stmt(r));
#undef WHEN
	free(c);
}

/* "... when != BLOCKER ... when any": a path on which none of roles happens
 * to the object. */
static void seg(struct rule *r, unsigned roles, const char *extra)
{
	FILE *o = r->b;
	int i, first = 1;

	fputs("...", o);
	if (!r->k_used) {
		/* K never occurs in code; naming it keeps spatch from warning */
		fputs(" when != K\n   ", o);
		r->k_used = 1;
	}
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (g->role == PA_ROLE_ACCESSIBLE && (roles & (ACC | ACCC))) {
			acc_blockers(r, o, g, !(roles & ACC), &first);
			continue;
		}
		if (!(roles & B(g->role)))
			continue;
		fputs(first ? " when != " : "    when != ", o);
		call(r, o, g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), NULL);
		fputc('\n', o);
		first = 0;
	}
	if (roles & KILL) {
		/* assigned something else, its address passed to a call, or the
		 * base of its field path assigned */
		const char *x = mv_obj(r, NULL, "v"), *f = fresh(r, "f"), *b = fresh(r, "Xb");

		fprintf(r->d, "identifier %s;\n", f);
		fprintf(r->d, "expression %s : script:python(K) { pa_base(K, %s) };\n", b, b);
		fprintf(o, "%swhen != %s = %s\n", first ? " " : "    ", x, mv_other(r));
		fprintf(o, "    when != %s(..., &%s, ...)\n", f, x);
		fprintf(o, "    when != %s = %s\n", b, mv_expr(r));
		first = 0;
	}
	if (extra) {
		fprintf(o, "%swhen != %s\n", first ? " " : "    ", extra);
		first = 0;
	}
	fputs(first ? " when any\n" : "    when any\n", o);
}

/* Any call of roles on the object, its position bound to pos. */
static void event(struct rule *r, unsigned roles, const char *pos)
{
	struct alts a = { 0 };
	int i;

	fprintf(r->d, "position %s;\n", pos);
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (roles & B(g->role))
			call(r, alt_new(&a), g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), pos);
	}
	alt_print(r->b, &a);
}

/* The I/O: a call, or a store into a STRUCT.FIELD the rules name. */
static void io_event(struct rule *r)
{
	struct alts a = { 0 };
	const char *x = mv_obj(r, "Xio", "v");
	int i;

	fprintf(r->d, "position pio;\n");
	for (i = 0; i < ngrp; i++)
		if (grp[i].role == PA_ROLE_IO)
			call(r, alt_new(&a), &grp[i], mv_ids(r, &grp[i]), x, "pio");
	for (i = 0; i < nstore; i++) {
		const struct pa_rule *s = store[i];
		const char *p = fresh(r, "B"), *v = fresh(r, "V");

		fprintf(r->d, "struct %s *%s;\nstruct %s %s;\n", s->tag, p, s->tag, v);
		fprintf(alt_new(&a), "%s->%s@pio = %s", p, s->field, x);
		fprintf(alt_new(&a), "%s.%s@pio = %s", v, s->field, x);
		fprintf(alt_new(&a), "(struct %s){..., .%s@pio = %s, ...}", s->tag, s->field, x);
	}
	alt_print(r->b, &a);
}

/* The accessible call as a statement whose result is dropped. */
static void unchecked_event(struct rule *r)
{
	struct alts a = { 0 };
	int i;

	fprintf(r->d, "position pa;\n");
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];
		const char *ids, *x;

		if (g->role != PA_ROLE_ACCESSIBLE)
			continue;
		ids = mv_ids(r, g);
		x = mv_obj(r, NULL, kind_of(g));
		call(r, alt_new(&a), g, ids, x, "pa");
		fputc(';', a.f[a.n - 1]);
		fputs("(void)", alt_new(&a));
		call(r, a.f[a.n - 1], g, ids, x, "pa");
		fputc(';', a.f[a.n - 1]);
	}
	alt_print(r->b, &a);
}

/*
 * Marks.  A mark with no condition is matched wherever its call is.  A mark
 * that holds only for one result of the call is matched in the shapes that
 * say which branch got it: "after" an if whose condition is false only when
 * the mark was taken, or "inside" the branch taken only when it was; the
 * result may be tested directly or kept in a variable and tested later.
 */
enum variant { V_ANY, V_AFTER, V_INSIDE, V_STORED_AFTER, V_STORED_INSIDE, V_STORED };

struct shape {
	enum variant v;
	enum sense s;		/* stored variants: the marks of this sense */
};

/* The call of a conditional mark, as text for the conditions. */
static char *cond_subject(struct rule *r, const struct group *g)
{
	char *buf;
	size_t len;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		die("out of memory");
	call(r, f, g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), "pm");
	fclose(f);
	return buf;
}

/* A condition on subj that holds only if the mark was taken (inside), or
 * that is false only if it was (after). */
static void cond_text(struct rule *r, FILE *o, const char *subj, enum sense s, int inside)
{
	if ((s == S_TRUE) == !!inside) {
		const char *e = mv_expr(r), *join = inside ? "&&" : "||";

		fprintf(o, "unlikely(\\( %s \\| %s != 0 \\| %s %s %s \\| %s %s %s \\))",
			subj, subj, e, join, subj, subj, join, e);
	} else {
		fprintf(o, "<+... \\( !%s \\| %s == 0 \\) ...+>", subj, subj);
	}
}

/* "if (COND)": on the conditional marks' calls, or on the variable that
 * stored the result of those of sense s. */
static void cond_if(struct rule *r, FILE *o, int inside, const char *stored, enum sense s)
{
	struct alts a = { 0 };
	int i;

	if (stored)
		cond_text(r, alt_new(&a), stored, s, inside);
	for (i = 0; !stored && i < ngrp; i++) {
		const struct group *g = &grp[i];
		char *subj;

		if (g->role != PA_ROLE_MARK || g->sense == S_ALWAYS)
			continue;
		subj = cond_subject(r, g);
		cond_text(r, alt_new(&a), subj, g->sense, inside);
		free(subj);
	}
	for (i = 0; i < a.n; i++)
		fclose(a.f[i]);
	fputs("if (", o);
	if (a.n > 1)
		fputs("\\( ", o);
	for (i = 0; i < a.n; i++) {
		fprintf(o, "%s%s", i ? " \\| " : "", a.buf[i] + 1);
		free(a.buf[i]);
	}
	if (a.n > 1)
		fputs(" \\)", o);
	fputs(")", o);
}

/* Marks with no condition anywhere; or, "after", the if shapes and the call
 * as a statement whose result is dropped (one of its results marks). */
static void mark_event(struct rule *r, enum variant v)
{
	struct alts a = { 0 };
	int i;

	if (v == V_AFTER) {
		cond_if(r, alt_new(&a), 0, NULL, S_ALWAYS);
		fprintf(a.f[a.n - 1], " %s else %s", mv_stmt(r), mv_stmt(r));
	}
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (g->role != PA_ROLE_MARK || (g->sense == S_ALWAYS) != (v == V_ANY))
			continue;
		call(r, alt_new(&a), g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), "pm");
		if (v == V_AFTER)
			fputc(';', a.f[a.n - 1]);
	}
	alt_print(r->b, &a);
}

/* "R = CALL": the conditional marks of sense s, result kept in R. */
static const char *mark_stored(struct rule *r, enum sense s)
{
	const char *x = mv_expr(r);
	int i, n = 0, many = 0;
	FILE *o = r->b;

	for (i = 0; i < ngrp; i++)
		many += grp[i].role == PA_ROLE_MARK && grp[i].sense == s;
	fprintf(o, "%s = %s", x, many > 1 ? "\\( " : "");
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (g->role != PA_ROLE_MARK || g->sense != s)
			continue;
		fputs(n++ ? " \\| " : "", o);
		call(r, o, g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), "pm");
	}
	fputs(many > 1 ? " \\)\n" : "\n", o);
	return x;
}

/* ---- the four checks -------------------------------------------------------- */

enum step_kind { ST_MARK, ST_ACC, ST_UNCHECKED, ST_REL, ST_SEG };

struct step {
	enum step_kind kind;
	unsigned roles;		/* ST_SEG: what may not happen on the path */
};

enum prefix { P_ANY, P_START, P_RELEASE };

struct check {
	const char *id;
	const char *tag;	/* rule-name prefix */
	const char *doc[6];	/* "///" lines */
	unsigned tokens;	/* roles whose names a file must contain */
	unsigned bind;		/* the role whose objects are followed */
	int prefixes;		/* P_START and P_RELEASE variants, or P_ANY only */
	unsigned before;	/* what may not happen from the prefix to the first step */
	struct step step[6];
	int nstep;
	int patch;
};

static const struct check checks[] = {
	{ "missing-accessible", "ma",
	  { "I/O on a page or folio this code marked (an extra reference or",
	    "Writeback) with no arch_make_page_accessible() or",
	    "arch_make_folio_accessible() after the mark, on some path.",
	    "Patch mode adds the checked call after the mark where the function",
	    "has an error path to return through." },
	  MARKS | IOB, MARKS, 1, ACC | MACC,
	  { { ST_MARK, 0 }, { ST_SEG, ACC | MACC | REL | KILL } }, 2, 1 },
	{ "accessible-before-mark", "abm",
	  { "I/O on a page or folio made accessible before this code marked it:",
	    "the accessible call must come after the mark, not before." },
	  ACC, ACC, 1, MARKS | MACC,
	  { { ST_ACC, 0 }, { ST_SEG, REL | MACC | KILL }, { ST_MARK, 0 },
	    { ST_SEG, ACC | MACC | REL | KILL } }, 4, 0 },
	{ "unchecked-accessible", "unc",
	  { "I/O on a marked page or folio whose arch_make_*_accessible() result",
	    "was ignored: the page is accessible only if the call succeeded." },
	  ACC, MARKS, 0, 0,
	  { { ST_MARK, 0 }, { ST_SEG, ACC | MACC | REL | KILL }, { ST_UNCHECKED, 0 },
	    { ST_SEG, ACCC | MACC | REL | KILL } }, 4, 0 },
	{ "io-after-release", "iar",
	  { "I/O on a page or folio after this code dropped its marker",
	    "(put_page(), folio_end_writeback(), ...)." },
	  REL | IOB, REL, 0, 0,
	  { { ST_REL, 0 }, { ST_SEG, MARKS | ACC | MACC | KILL } }, 2, 0 },
};

static const char *tok_name(int role)
{
	return role == PA_ROLE_MARK ? "mark" : role == PA_ROLE_ACCESSIBLE ? "accessible" :
		role == PA_ROLE_RELEASE ? "release" : "io";
}

/* The token rules a check depends on: spatch parses only the files that
 * contain one name of each (see token_rules). */
static void tok_deps(FILE *o, const struct check *c)
{
	int r, first = 1;

	for (r = 0; r <= PA_ROLE_IO; r++)
		if (c->tokens & B(r)) {
			fprintf(o, "%spa_tok_%s", first ? "" : " && ", tok_name(r));
			first = 0;
		}
}

/* The steps from i on; an "inside" mark nests the rest in its branch.
 * extra: a variable the next segment may not mention (a stored result). */
static void steps(struct rule *r, const struct check *c, int i, struct shape sh,
		  const char *extra)
{
	for (; i < c->nstep; i++) {
		const struct step *s = &c->step[i];
		unsigned next = i + 1 < c->nstep ? c->step[i + 1].roles : 0;
		const char *res;

		switch (s->kind) {
		case ST_SEG:
			seg(r, s->roles, extra);
			extra = NULL;
			break;
		case ST_ACC:
			event(r, ACC, "pa");
			break;
		case ST_REL:
			event(r, REL, "pr");
			break;
		case ST_UNCHECKED:
			unchecked_event(r);
			break;
		case ST_MARK:
			fprintf(r->d, "position pm;\n");
			if (sh.v == V_ANY || sh.v == V_AFTER) {
				mark_event(r, sh.v);
				break;
			}
			res = NULL;
			if (sh.v != V_INSIDE) {
				res = mark_stored(r, sh.s);
				if (sh.v == V_STORED) {
					extra = res;
					break;
				}
				seg(r, next, res);
			}
			cond_if(r, r->b, sh.v != V_STORED_AFTER, res, sh.s);
			if (sh.v == V_STORED_AFTER) {
				fprintf(r->b, " %s else %s\n", mv_stmt(r), mv_stmt(r));
				break;
			}
			fputs(" {\n", r->b);
			steps(r, c, i + 1, sh, NULL);
			fprintf(r->b, "} else %s\n... when any\n", mv_stmt(r));
			return;
		}
	}
	io_event(r);
	fputs("... when any\n", r->b);
}

static const char *const positions[] = { "pm", "pa", "pr", "pio" };

/* Isomorphisms of standard.iso the patterns do not need: most of the time
 * spatch spends on a semantic patch this size is in expanding them.  Kept:
 * unlikely, drop_else, braces*, ptr_to_array, mkinit, fld_to_ptr. */
static const char unused_isos[] =
	"paren, drop_cast, not_int1, not_int2, not_ptr1, not_ptr2, commeq, commneq, "
	"is_zero, isnt_zero, is_null, isnt_null1, neg_if, ne_if, neg_if_exp, "
	"bitor_comm, bitand_comm, plus_comm, mult_comm, gtr_lss, gtr_lss_eq, inc, "
	"for_inc, ret, bsd_branch_pred, sizeof_type_expr";

static int uses(const struct rule *r, const char *pos)
{
	char decl[32];

	snprintf(decl, sizeof(decl), "position %s;", pos);
	return strstr(r->dbuf, decl) != NULL;
}

static void emit_rule(FILE *o, const struct check *c, const char *name,
		      enum prefix p, struct shape sh)
{
	struct rule r;
	size_t i;

	rule_open(&r);
	fputs("F(...) {\n", r.b);
	if (p == P_RELEASE) {
		seg(&r, 0, NULL);
		event(&r, REL, "pr");
	}
	seg(&r, p == P_ANY ? 0 : c->before, NULL);
	steps(&r, c, 0, sh, NULL);
	fputs("}\n", r.b);
	rule_close(&r);

	fprintf(o, "@%s depends on ", name);
	tok_deps(o, c);
	fprintf(o, "\ndisable %s exists@\n", unused_isos);
	fprintf(o, "identifier pa_cls_%s.F, pa_cls_%s.K;\n%s@@\n%s\n", c->tag, c->tag,
		r.dbuf, r.bbuf);

	/* report and org: one line per I/O site and rule */
	for (i = 0; i < 2; i++) {
		const char *mode = i ? "org" : "report";
		size_t j;

		fprintf(o, "@script:python depends on %s@\nx << %s.Xio;\n", mode, name);
		for (j = 0; j < 4; j++)
			if (uses(&r, positions[j]))
				fprintf(o, "%s << %s.%s;\n", positions[j], name, positions[j]);
		fprintf(o, "@@\npa_found(\"%s\", \"%s\", x, pio", c->id, mode);
		for (j = 0; j < 3; j++)
			fprintf(o, ", %s", uses(&r, positions[j]) ? positions[j] : "None");
		fprintf(o, ")\n\n");
	}
	/* context: the mark (or release, or accessible call) and the I/O */
	fprintf(o, "@depends on context@\nposition ");
	for (i = 0; i < 4; i++)
		if (uses(&r, positions[i]))
			fprintf(o, "%s.%s%s", name, positions[i], i == 3 ? ";\n" : ", ");
	fprintf(o, "expression e;\nidentifier fld;\n@@\n(\n");
	for (i = 0; i < 3; i++)
		if (uses(&r, positions[i]))
			fprintf(o, "* e@%s\n|\n", positions[i]);
	fprintf(o, "* e@pio\n|\n* e.fld@pio\n|\n* e->fld@pio\n");
	for (i = 0; i < (size_t)nstore; i++)
		fprintf(o, "|\n* (struct %s){..., .%s@pio = e, ...}\n", store[i]->tag,
			store[i]->field);
	fprintf(o, ")\n\n");
	free(r.dbuf);
	free(r.bbuf);
}

/* ---- the shared part of every file ------------------------------------------ */

/* The object model (DESIGN.md "Objects") on the text of expressions: copies,
 * casts, conversions and field stores join objects per function; pa_is()
 * answers the constraints of the rules.  Tables before it are generated. */
static const char *const python[] = {
	"import re",
	"",
	"_ws = re.compile(r\"\\s+\")",
	"_type = re.compile(r\"(?:const|volatile|struct|union|enum|unsigned|signed)*[A-Za-z_]\\w*\\**$\")",
	"_path = re.compile(r\"[A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*)*$\")",
	"_par, _coll, _cls, _ids, _seen, _src = {}, {}, {}, {}, set(), {}",
	"",
	"def _close(s, i):",
	"    d = 0",
	"    for j in range(i, len(s)):",
	"        if s[j] in \"([\":",
	"            d += 1",
	"        elif s[j] in \")]\":",
	"            d -= 1",
	"            if d == 0:",
	"                return j",
	"    return -1",
	"",
	"def _open(s):",
	"    d = 0",
	"    for j in range(len(s) - 1, -1, -1):",
	"        if s[j] in \")]\":",
	"            d += 1",
	"        elif s[j] in \"([\":",
	"            d -= 1",
	"            if d == 0:",
	"                return j",
	"    return -1",
	"",
	"def _args(s):",
	"    out, d, cur = [], 0, \"\"",
	"    for ch in s:",
	"        if ch in \"([{\":",
	"            d += 1",
	"        elif ch in \")]}\":",
	"            d -= 1",
	"        if ch == \",\" and d == 0:",
	"            out.append(cur)",
	"            cur = \"\"",
	"        else:",
	"            cur += ch",
	"    return out + [cur] if cur or out else []",
	"",
	"# the object an expression denotes, or None: p[i] and *p are the",
	"# elements of p, &p[i] is p, casts and conversions keep the object",
	"def _key(s):",
	"    while s.startswith(\"(\"):",
	"        j = _close(s, 0)",
	"        if j == len(s) - 1:",
	"            s = s[1:-1]",
	"        elif j > 0 and _type.match(s[1:j]) and s[j + 1:]:",
	"            s = s[j + 1:]",
	"        else:",
	"            return None",
	"    if s.startswith(\"&\"):",
	"        t = s[1:]",
	"        m = re.match(r\"(.*)->([A-Za-z_]\\w*)$\", t)",
	"        if m and m.group(2) in PA_SAME_FIELDS:",
	"            return _key(m.group(1))",
	"        if t.endswith(\"]\") and _open(t) > 0:",
	"            return _key(t[:_open(t)])",
	"        k = _key(t)",
	"        return \"&\" + k if k else None",
	"    if s.startswith(\"*\"):",
	"        k = _key(s[1:])",
	"        return k + \"[]\" if k else None",
	"    if s.endswith(\"]\") and _open(s) > 0:",
	"        k = _key(s[:_open(s)])",
	"        return k + \"[]\" if k else None",
	"    m = re.match(r\"([A-Za-z_]\\w*)\\(\", s)",
	"    if m and _close(s, m.end() - 1) == len(s) - 1:",
	"        a = _args(s[m.end():-1])",
	"        n = PA_SAME.get(m.group(1), 0)",
	"        if n and n <= len(a):",
	"            return _key(a[n - 1])",
	"        return s if m.group(1) in PA_RESULT else None",
	"    if _path.match(s) and s not in (\"NULL\", \"true\", \"false\"):",
	"        return s",
	"    return None",
	"",
	"def _out(s):",
	"    if s.startswith(\"&\"):",
	"        return _key(s[1:])",
	"    k = _key(s)",
	"    return k + \"[]\" if k else None",
	"",
	"def _outalloc(s):",
	"    k = _out(s)",
	"    return k + \"[]\" if k else None",
	"",
	"_kinds = {\"v\": _key, \"o\": _out, \"a\": _outalloc}",
	"",
	"# classes of keys per function; a class's fields and elements are",
	"# classes too, joined when their bases are joined (like the engine)",
	"_kids, _ex, _mem = {}, {}, {}",
	"",
	"def _root(f, k):",
	"    while (f, k) in _par:",
	"        k = _par[(f, k)]",
	"    return k",
	"",
	"def _split(k):",
	"    if k.endswith(\"[]\"):",
	"        return k[:-2], \"[]\"",
	"    if k.startswith(\"&\"):",
	"        return k[1:], \"&\"",
	"    m = None if k.endswith(\")\") else re.match(r\"(.*[^-.])(->|\\.)([A-Za-z_]\\w*)$\", k)",
	"    return (m.group(1), m.group(2) + m.group(3)) if m else None",
	"",
	"def _find(f, k):",
	"    m = _split(k)",
	"    if not m:",
	"        return _root(f, k)",
	"    kids = _kids.setdefault((f, _find(f, m[0])), {})",
	"    if m[1] not in kids:",
	"        kids[m[1]] = k",
	"        _coll[(f, k)] = m[1] == \"[]\"",
	"    return _root(f, kids[m[1]])",
	"",
	"def _iscoll(f, r):",
	"    return _coll.get((f, r), False)",
	"",
	"def _union(f, a, b):",
	"    todo = [(_find(f, a), _find(f, b))]",
	"    while todo:",
	"        x, y = todo.pop()",
	"        x, y = _root(f, x), _root(f, y)",
	"        if x == y:",
	"            continue",
	"        _par[(f, y)] = x",
	"        _mem.setdefault((f, x), set()).update(_mem.pop((f, y), ()))",
	"        _coll[(f, x)] = _iscoll(f, x) or _iscoll(f, y)",
	"        _ex[(f, x)] = _ex.get((f, x)) or _ex.get((f, y))",
	"        kx = _kids.setdefault((f, x), {})",
	"        for suf, ky in _kids.pop((f, y), {}).items():",
	"            if suf in kx:",
	"                todo.append((kx[suf], ky))",
	"            else:",
	"                kx[suf] = ky",
	"",
	"_exempt = re.compile(r\"\\b(?:%s)\\b\" % \"|\".join(PA_EXEMPT)) if PA_EXEMPT else None",
	"",
	"def pa_copy(p, a, e):",
	"    f = (p[0].file, p[0].current_element)",
	"    ka, ke = _key(_ws.sub(\"\", str(a))), _key(_ws.sub(\"\", str(e)))",
	"    if ka and ke:",
	"        _union(f, ka, ke)",
	"        _mem.setdefault((f, _find(f, ka)), set()).update((ka, ke))",
	"    if ka and _exempt and _exempt.search(str(e)):",
	"        _ex[(f, _find(f, ka))] = True",
	"",
	"# one class per function and object that this check follows",
	"def pa_class(tag, p, g, xs):",
	"    kind, n = PA_BIND[tag][g]",
	"    a = _args(_ws.sub(\"\", str(xs)))",
	"    if kind == \"r\":",
	"        k = _key(\"%s(%s)\" % (g, \",\".join(a)))",
	"    else:",
	"        k = _kinds[kind](a[n - 1]) if n <= len(a) else None",
	"    if not k:",
	"        return None",
	"    f = (p[0].file, p[0].current_element)",
	"    r = _find(f, k)",
	"    if _ex.get((f, r)) or (_exempt and _exempt.search(k)):",
	"        return None",
	"    _mem.setdefault((f, r), set()).add(k)",
	"    if (f, r) not in _ids:",
	"        _ids[(f, r)] = \"pa_obj%d\" % len(_ids)",
	"        _cls[_ids[(f, r)]] = (f, r)",
	"    return _ids[(f, r)]",
	"",
	"def pa_is(K, x, kind):",
	"    f, r = _cls[str(K)]",
	"    k = _kinds[kind[-1]](_ws.sub(\"\", str(x)))",
	"    if not k or _find(f, k) != r:",
	"        return False",
	"    return not (kind[0] == \"r\" and _iscoll(f, r))",
	"",
	"# x is the base of a field path or array of the class (s of s->page)",
	"def pa_base(K, x):",
	"    f, r = _cls[str(K)]",
	"    k = _key(_ws.sub(\"\", str(x)))",
	"    return bool(k) and any(m.startswith(k + s) for m in _mem.get((f, r), ())",
	"                           for s in (\"->\", \".\", \"[]\"))",
	"",
	"def _line(p):",
	"    if p.file not in _src:",
	"        try:",
	"            with open(p.file, errors=\"replace\") as fh:",
	"                _src[p.file] = fh.read().split(\"\\n\")",
	"        except OSError:",
	"            _src[p.file] = []",
	"    lines = _src[p.file]",
	"    n = int(p.line) - 1",
	"    return lines[n] if 0 <= n < len(lines) else \"\"",
	"",
	"# what a position names: the call, or the store",
	"def _what(q):",
	"    p = q[0]",
	"    t = _line(p)[int(p.column):int(p.column_end)]",
	"    if t in PA_STORES:",
	"        return \"a store to \" + PA_STORES[t]",
	"    return t + \"()\"",
	"",
	"def pa_found(rule, mode, x, pio, pm, pa, pr):",
	"    p = pio[0]",
	"    if (p.file, p.line, p.column, rule) in _seen:",
	"        return",
	"    _seen.add((p.file, p.line, p.column, rule))",
	"    obj = re.sub(r\"\\s*(->|[.\\[\\]()])\\s*\", r\"\\1\", _ws.sub(\" \", str(x)).strip())",
	"    io = _what(pio)",
	"    if pa:",
	"        acc = _what(pa)",
	"    if rule == \"missing-accessible\":",
	"        msg = \"I/O on '%s' in %s after %s marked it, with no %s after the mark\" % (obj, io, _what(pm), PA_ACC)",
	"    elif rule == \"accessible-before-mark\":",
	"        msg = \"I/O on '%s' in %s: %s made it accessible before %s marked it, not after\" % (obj, io, acc, _what(pm))",
	"    elif rule == \"unchecked-accessible\":",
	"        msg = \"I/O on '%s' in %s although the result of %s was not checked\" % (obj, io, acc)",
	"    else:",
	"        msg = \"I/O on '%s' in %s after %s dropped its marker\" % (obj, io, _what(pr))",
	"    msg = \"%s(): %s [pageaudit-%s]\" % (p.current_element, msg, rule)",
	"    if mode == \"org\":",
	"        coccilib.org.print_safe_todo(p, msg)",
	"        for q, what in ((pr, \"released\"), (pa, \"made accessible\"), (pm, \"marked\")):",
	"            if q:",
	"                coccilib.org.print_safe_link(q[0], what, \"ovl-face2\")",
	"    else:",
	"        coccilib.report.print_report(p, \"WARNING: \" + msg)",
	NULL
};

static void names_of(FILE *o, unsigned roles, const char *fmt, const char *sep)
{
	int i, j, first = 1;

	for (i = 0; i < ngrp; i++)
		if (roles & B(grp[i].role))
			for (j = 0; j < grp[i].n; j++) {
				fprintf(o, "%s", first ? "" : sep);
				fprintf(o, fmt, grp[i].name[j], grp[i].name[j]);
				first = 0;
			}
}

#define NCHECK (sizeof(checks) / sizeof(checks[0]))
#define FOR_CHECKS(c, set) \
	for (c = checks; c < checks + NCHECK; c++) if ((set) & (1u << (c - checks)))

static void tables(FILE *o, unsigned set)
{
	const struct check *c;
	static const char *const kinds[] = { [PA_OBJ_ARG] = "v", [PA_OBJ_RET] = "r",
					     [PA_OBJ_OUT] = "o", [PA_OBJ_OUTALLOC] = "a" };
	int i, j, first;

	fprintf(o, "PA_SAME = {");
	for (i = first = 0; i < nsame; i++)
		if (same[i]->obj == PA_OBJ_ARG_IS_RET)
			fprintf(o, "%s\"%s\": %d", first++ ? ", " : "", same[i]->name,
				same[i]->argno);
	fprintf(o, "}\nPA_SAME_FIELDS = set([");
	for (i = first = 0; i < nsame; i++)
		if (same[i]->obj == PA_OBJ_FIELD)
			fprintf(o, "%s\"%s\"", first++ ? ", " : "", same[i]->field);
	fprintf(o, "])\nPA_RESULT = set([");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; grp[i].obj == PA_OBJ_RET && j < grp[i].n; j++)
			fprintf(o, "%s\"%s\"", first++ ? ", " : "", grp[i].name[j]);
	fprintf(o, "])\nPA_BIND = {");
	first = 0;
	FOR_CHECKS(c, set) {
		int n = 0;

		fprintf(o, "%s\"%s\": {", first++ ? ", " : "", c->tag);
		for (i = 0; i < ngrp; i++)
			for (j = 0; (c->bind & B(grp[i].role)) && j < grp[i].n; j++)
				fprintf(o, "%s\"%s\": (\"%s\", %d)", n++ ? ", " : "",
					grp[i].name[j], kinds[grp[i].obj], grp[i].argno);
		fprintf(o, "}");
	}
	fprintf(o, "}\nPA_STORES = {");
	for (i = 0; i < nstore; i++)
		fprintf(o, "%s\"%s\": \"%s\"", i ? ", " : "", store[i]->field, store[i]->name);
	fprintf(o, "}\nPA_EXEMPT = set([");
	for (i = 0; i < nexempt; i++)
		fprintf(o, "%s\"%s\"", i ? ", " : "", exempt[i]->name);
	fprintf(o, "])\nPA_ACC = \"");
	names_of(o, ACC, "%s()", " or ");
	fprintf(o, "\"\n");
}

/* Files without these names are not parsed: spatch greps for them. */
static void token_rules(FILE *o, unsigned set)
{
	const struct check *c;
	unsigned tokens = 0;
	int r, i;

	FOR_CHECKS(c, set)
		tokens |= c->tokens;
	for (r = 0; r < PA_ROLE_IO; r++) {
		if (!(tokens & B(r)))
			continue;
		fprintf(o, "@pa_tok_%s@\n@@\n(\n", tok_name(r));
		names_of(o, B(r), "%s(...)", "\n|\n");
		fprintf(o, "\n)\n\n");
	}
	if (!(tokens & IOB))
		return;
	fprintf(o, "@pa_tok_io@\n");
	for (i = 0; i < nstore; i++)
		fprintf(o, "struct %s *pa_b%d;\nstruct %s pa_v%d;\n", store[i]->tag, i,
			store[i]->tag, i);
	fprintf(o, "@@\n(\n");
	names_of(o, B(PA_ROLE_IO), "%s(...)", "\n|\n");
	/* any expression of the struct: its tag is the token, not the field's
	 * name (a field named "page" is in most files) */
	for (i = 0; i < nstore; i++)
		fprintf(o, "\n|\npa_b%d\n|\npa_v%d", i, i);
	fprintf(o, "\n)\n\n");
}

static void copies(FILE *o, unsigned set)
{
	const struct check *c;
	int first = 1;

	fprintf(o, "// copies, casts, conversions and stores join objects\n"
		"@pa_copy depends on ");
	FOR_CHECKS(c, set) {
		fprintf(o, "%s(", first ? "" : " || ");
		tok_deps(o, c);
		fprintf(o, ")");
		first = 0;
	}
	fprintf(o, "@\nexpression A, E;\nposition p;\n@@\nA@p = E\n\n"
		"@script:python@\nA << pa_copy.A;\nE << pa_copy.E;\np << pa_copy.p;\n@@\n"
		"pa_copy(p, A, E)\n\n");
}

/* The objects a check follows: one class per function and object with a
 * call of its binding role; its rules run once per class. */
static void objects(FILE *o, const struct check *c)
{
	fprintf(o, "// %s: the objects followed, one per function and object with a %s\n"
		"@pa_obj_%s depends on ", c->id,
		pa_role_name(c->bind == ACC ? PA_ROLE_ACCESSIBLE :
			     c->bind == REL ? PA_ROLE_RELEASE : PA_ROLE_MARK), c->tag);
	tok_deps(o, c);
	fprintf(o, "@\nidentifier g = {");
	names_of(o, c->bind, "%s", ", ");
	fprintf(o, "};\nexpression list Xs;\nposition p;\n@@\ng@p(Xs)\n\n"
		"@script:python pa_cls_%s@\ng << pa_obj_%s.g;\nXs << pa_obj_%s.Xs;\n"
		"p << pa_obj_%s.p;\nF;\nK;\n@@\nk = pa_class(\"%s\", p, g, Xs)\nif k:\n"
		"    coccinelle.F = cocci.make_ident(p[0].current_element)\n"
		"    coccinelle.K = cocci.make_ident(k)\nelse:\n"
		"    cocci.include_match(False)\n\n", c->tag, c->tag, c->tag, c->tag, c->tag);
}

static void header(FILE *o, unsigned set, const char *rules)
{
	const struct check *c;
	int i, n = 0;

	fprintf(o, "// SPDX-License-Identifier: GPL-2.0\n");
	FOR_CHECKS(c, set) {
		if (n++)
			fprintf(o, "///\n");
		for (i = 0; i < 6 && c->doc[i]; i++)
			fprintf(o, "/// %s\n", c->doc[i]);
	}
	fprintf(o, "///\n//# pageaudit rule%s", n > 1 ? "s" : "");
	FOR_CHECKS(c, set)
		fprintf(o, " %s", c->id);
	fprintf(o, " (../shared/DESIGN.md):\n"
		"//# the events come from %s.  Copies, casts and conversions\n"
		"//# of a page are one object; what Coccinelle cannot follow\n"
		"//# (helpers, fields across functions) is listed in cocci/README.md.\n"
		"//\n"
		"// Confidence: Moderate\n"
		"// Copyright: (C) 2026 The pageaudit authors.\n"
		"// Comments: Generated by cocci/gen-cocci from %s; do not edit.\n"
		"// Options: --no-includes --include-headers\n"
		"// Requires: 1.1.1\n\n"
		"virtual patch\nvirtual context\nvirtual org\nvirtual report\n\n",
		rules, rules);
}

/*
 * Patch mode (missing-accessible only): after a mark statement NAME(X);
 * that a finding used, not in a loop (earlier passes' marks would leak), in
 * an int function with an error return, no goto and a release of X, add
 * "V = ACC(X); if (V) { REL(X); return V; }" and declare V.  The Python
 * side (pa_fix) decides; other sites stay for report mode.
 */
static const char *const python_fix[] = {
	"_want, _rel, _names, _loop = set(), {}, {}, set()",
	"",
	"def pa_want(pm):",
	"    _want.add((pm[0].file, pm[0].line, pm[0].column))",
	"",
	"def pa_in_loop(pm):",
	"    _loop.add((pm[0].file, pm[0].line, pm[0].column))",
	"",
	"def pa_release(p, r, x):",
	"    _rel.setdefault((p[0].file, p[0].current_element), {})[_ws.sub(\"\", x)] = r",
	"",
	"def _body(p):",
	"    _line(p)",
	"    lines = _src.get(p.file, [])",
	"    return \"\\n\".join(lines[int(p.current_element_line) - 1:int(p.current_element_line_end)])",
	"",
	"def pa_fix(pm, x):",
	"    p = pm[0]",
	"    x = _ws.sub(\"\", x)",
	"    at = (p.file, p.line, p.column)",
	"    if at not in _want or at in _loop or not re.match(r\"[A-Za-z_]\\w*$\", x):",
	"        return None",
	"    r = _rel.get((p.file, p.current_element), {}).get(x)",
	"    text = _body(p)",
	"    head = text.split(\"(\", 1)[0]",
	"    if not r or not re.match(r\"\\s*(?:static\\s+)?(?:inline\\s+)?int\\s+[A-Za-z_]\\w*\\s*$\", head):",
	"        return None",
	"    # an error return to reuse, and no cleanup labels a return would skip",
	"    if not re.search(r\"return\\s*-\\s*E[A-Z]|=\\s*-\\s*E[A-Z]\", text) or re.search(r\"\\bgoto\\b\", text):",
	"        return None",
	"    m = re.search(r\"struct\\s+([A-Za-z_]\\w*)\\s*\\*\\s*\" + x + r\"\\b\", text)",
	"    acc = [a for a in PA_ACC_NAMES if m and m.group(1) in a.split(\"_\")]",
	"    if not acc:",
	"        return None",
	"    f = (p.file, p.current_element)",
	"    if f not in _names:",
	"        _names[f] = ([v for v in PA_FIX_VARS if not re.search(r\"\\b%s\\b\" % v, text)] + [None])[0]",
	"    if not _names[f]:",
	"        return None",
	"    return acc[0], r, _names[f], p.current_element",
	NULL
};

static void patch_rules(FILE *o, const struct check *c)
{
	int i, j, first;

	fprintf(o, "// patch mode: the checked accessible call after the mark\n"
		"@pa_rel depends on patch && ");
	tok_deps(o, c);
	fprintf(o, "@\nidentifier r = {");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; grp[i].role == PA_ROLE_RELEASE && grp[i].obj == PA_OBJ_ARG &&
			    grp[i].argno == 1 && j < grp[i].n; j++)
			fprintf(o, "%s%s", first++ ? ", " : "", grp[i].name[j]);
	fprintf(o, "};\nexpression X;\nposition p;\n@@\nr@p(X)\n\n"
		"@script:python depends on patch@\nr << pa_rel.r;\nX << pa_rel.X;\n"
		"p << pa_rel.p;\n@@\npa_release(p, r, X)\n\n");
	fprintf(o, "@pa_site depends on patch && ");
	tok_deps(o, c);
	fprintf(o, "@\nidentifier g = {");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; grp[i].role == PA_ROLE_MARK && grp[i].obj == PA_OBJ_ARG &&
			    grp[i].argno == 1 && grp[i].sense == S_ALWAYS && j < grp[i].n; j++)
			fprintf(o, "%s%s", first++ ? ", " : "", grp[i].name[j]);
	fprintf(o, "};\nexpression X;\nposition pm;\n@@\ng@pm(X);\n\n");
	for (i = 0; i < 2; i++) {
		/* spatch 1.1.1 does not support do { ... } while here */
		static const char *const loop[] = {
			"for (...;...;...) {\n... g@pm(X); ...\n}",
			"while (...) {\n... g@pm(X); ...\n}",
		};

		fprintf(o, "@pa_loop%d depends on patch && pa_site@\nidentifier pa_site.g;\n"
			"expression X;\nposition pm;\n@@\n%s\n\n"
			"@script:python depends on patch@\npm << pa_loop%d.pm;\n@@\n"
			"pa_in_loop(pm)\n\n", (int)i, loop[i], (int)i);
	}
	fprintf(o, "@script:python pa_fixinfo depends on patch@\npm << pa_site.pm;\n"
		"X << pa_site.X;\nA;\nR;\nV;\nFn;\n@@\nfix = pa_fix(pm, X)\nif fix:\n"
		"    coccinelle.A = cocci.make_ident(fix[0])\n"
		"    coccinelle.R = cocci.make_ident(fix[1])\n"
		"    coccinelle.V = cocci.make_ident(fix[2])\n"
		"    coccinelle.Fn = cocci.make_ident(fix[3])\nelse:\n"
		"    cocci.include_match(False)\n\n"
		"@pa_fix depends on patch@\nposition pa_site.pm;\n"
		"identifier pa_fixinfo.A, pa_fixinfo.R, pa_fixinfo.V;\n"
		"expression X;\nidentifier g;\n@@\ng@pm(X);\n"
		"+V = A(X);\n+if (V) {\n+\tR(X);\n+\treturn V;\n+}\n\n"
		"@pa_fixdecl depends on patch@\nidentifier pa_fixinfo.Fn, pa_fixinfo.V;\n@@\n"
		"Fn(...) {\n+ int V;\n  ...\n}\n");
}

static void emit_check(FILE *o, const struct check *c)
{
	static const char *const what[] = {
		[V_ANY] = "a mark with no condition",
		[V_AFTER] = "after an if on a conditional mark",
		[V_INSIDE] = "in the branch of an if on a conditional mark",
		[V_STORED_AFTER] = "after an if on a stored conditional result",
		[V_STORED_INSIDE] = "in the branch of an if on a stored conditional result",
		[V_STORED] = "a stored conditional result never tested",
	};
	struct shape shape[16];
	char name[32];
	int p, j, k = 0, nshape = 0, has_mark = 0;
	size_t i;

	for (i = 0; i < (size_t)c->nstep; i++)
		has_mark |= c->step[i].kind == ST_MARK;
	shape[nshape++] = (struct shape){ V_ANY, S_ALWAYS };
	if (has_mark && has_conditional_marks()) {
		enum sense s;

		shape[nshape++] = (struct shape){ V_AFTER, S_ALWAYS };
		shape[nshape++] = (struct shape){ V_INSIDE, S_ALWAYS };
		for (s = S_TRUE; s <= S_FALSE; s++) {
			for (j = 0; j < ngrp; j++)
				if (grp[j].role == PA_ROLE_MARK && grp[j].sense == s)
					break;
			if (j == ngrp)
				continue;
			shape[nshape++] = (struct shape){ V_STORED_AFTER, s };
			shape[nshape++] = (struct shape){ V_STORED_INSIDE, s };
			shape[nshape++] = (struct shape){ V_STORED, s };
		}
	}

	objects(o, c);
	for (p = c->prefixes ? P_START : P_ANY; p <= (c->prefixes ? P_RELEASE : P_ANY); p++) {
		for (j = 0; j < nshape; j++) {
			/* a conditional mark again after a release: rare, not matched */
			if (p == P_RELEASE && shape[j].v != V_ANY)
				continue;
			snprintf(name, sizeof(name), "pa_%s_%d", c->tag, ++k);
			fprintf(o, "// %s%s, %s\n", c->id,
				p == P_START ? " from the function's start" :
				p == P_RELEASE ? " from a release" : "", what[shape[j].v]);
			emit_rule(o, c, name, (enum prefix)p, shape[j]);
			if (c->patch && shape[j].v == V_ANY)
				fprintf(o, "@script:python depends on patch@\npm << %s.pm;\n@@\n"
					"pa_want(pm)\n\n", name);
		}
	}
	if (c->patch)
		patch_rules(o, c);
}

/* One file: the shared object model, then each check of set. */
static void emit_file(FILE *o, unsigned set, const char *rules)
{
	const struct check *c;
	size_t i;
	int patch = 0;

	FOR_CHECKS(c, set)
		patch |= c->patch;
	header(o, set, rules);
	fprintf(o, "@initialize:python@\n@@\n");
	tables(o, set);
	for (i = 0; python[i]; i++)
		fprintf(o, "%s\n", python[i]);
	if (patch) {
		fprintf(o, "PA_ACC_NAMES = [");
		names_of(o, ACC, "\"%s\"", ", ");
		fprintf(o, "]\nPA_FIX_VARS = [\"ret\", \"err\", \"rc\", \"error\"]\n");
		for (i = 0; python_fix[i]; i++)
			fprintf(o, "%s\n", python_fix[i]);
	}
	fprintf(o, "\n");
	token_rules(o, set);
	copies(o, set);
	FOR_CHECKS(c, set)
		emit_check(o, c);
}

static void write_file(const char *dir, const char *name, unsigned set, const char *rules)
{
	char path[4096];
	FILE *o;

	snprintf(path, sizeof(path), "%s/%s.cocci", dir, name);
	o = fopen(path, "w");
	if (!o)
		die("cannot write %s", path);
	emit_file(o, set, rules);
	if (fclose(o))
		die("cannot write %s", path);
}

int main(int argc, char **argv)
{
	struct pa_rules *rs;
	char err[512];
	size_t i;

	if (argc != 3) {
		fprintf(stderr, "usage: gen-cocci RULES OUTDIR\n");
		return 2;
	}
	rs = pa_rules_load(argv[1], err, sizeof(err));
	if (!rs) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	load(rs);
	/* one file per rule id, and all of them in one (one scan of a tree) */
	for (i = 0; i < NCHECK; i++)
		write_file(argv[2], checks[i].id, 1u << i, argv[1]);
	write_file(argv[2], "pageaudit", (1u << NCHECK) - 1, argv[1]);
	pa_rules_free(rs);
	return 0;
}
