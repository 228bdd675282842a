// SPDX-License-Identifier: GPL-2.0
/*
 * gen-cocci: write the Coccinelle front end from a rule set.
 *
 *   gen-cocci [-l LIBRARY] RULES OUTDIR
 *
 * writes OUTDIR/RULE-ID.cocci for each rule id of the engine's table
 * (rule-ids.def) that it can express, and OUTDIR/pageaudit.cocci with all of
 * them.  LIBRARY is the Python every file runs (cocci/lib/pageaudit.py, by
 * default the one beside this source); it is copied into each file's
 * @initialize:python@ rule after the rule set's tables.
 *
 * The rule set is read with the engine's parser (pa_rules_load); every
 * function name in the output comes from it, and every rule id, description
 * and message from the engine's rule-id table.  How the rules become SmPL,
 * and what the semantic patches cannot see, is in cocci/README.md.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pageaudit.h"
#include "internal.h"

/* the rule ids, in the order of pa_rule_info[] */
enum rule_id {
#define PA_RULE(e, id, name, desc, msg) e,
#include "rule-ids.def"
#undef PA_RULE
	R_COUNT
};

/* When a mark takes effect: always, or on a true / false result. */
enum sense { S_ALWAYS, S_TRUE, S_FALSE };

/*
 * Rules with the same role, object and shape become one identifier list.
 * A group of rules whose effect is conditional (if:, or a result condition
 * the if shapes cannot say) is a blocker only: it ends the paths it is on
 * as if it always had its effect, and starts no finding (README).
 */
struct group {
	enum pa_role role;
	enum pa_obj obj;
	int argno;
	enum sense sense;
	int blocker;
	const char **name;
	int n;
	size_t cap;
};

/* A growable list of rules. */
struct rlist {
	const struct pa_rule **v;
	int n;
	size_t cap;
};

static const struct pa_rules *rules;
static struct group *grp;
static int ngrp;
static size_t grp_cap;
static struct rlist store;	/* io STRUCT.FIELD store */
static struct rlist same;	/* conversions */
static struct rlist exempt;	/* globals that are never guest pages */
static struct rlist unexpressed;	/* roles Coccinelle cannot express */
static struct rlist blocker_only;	/* conditional effects: blockers only */

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

static void rlist_add(struct rlist *l, const struct pa_rule *r)
{
	PA_GROW(l->v, l->n, l->cap);
	l->v[l->n++] = r;
}

/*
 * A mark by argument whose effect depends on the call's result is matched
 * in the if shapes of a true or a false result (S_TRUE: ret!=0, ret>0, a
 * sign set without zero; S_FALSE: ret==0); -1 for a result condition they
 * cannot say (ret<0, a sign set with zero and more).  Marks by result and
 * by out array count where the call is: see README.
 */
static int sense_of(const struct pa_rule *r)
{
	if (r->role != PA_ROLE_MARK || r->obj != PA_OBJ_ARG || r->when == PA_WHEN_ALWAYS)
		return S_ALWAYS;
	switch (r->when) {
	case PA_WHEN_NONZERO:
	case PA_WHEN_POSITIVE:
		return S_TRUE;
	case PA_WHEN_ZERO:
		return S_FALSE;
	case PA_WHEN_SIGNS:
		if (r->signs == PA_SIGN_ZERO)
			return S_FALSE;
		if (!(r->signs & PA_SIGN_ZERO) && (r->signs & PA_SIGN_POS))
			return S_TRUE;
		return -1;
	default:
		return -1;
	}
}

/* A rule's calls as a group of role; blocker: whatever its condition */
static void add_group(const struct pa_rule *r, enum pa_role role, int blocker)
{
	int sense = sense_of(r);
	struct group *g;
	int i;

	blocker |= r->cond || sense < 0;
	if (blocker) {
		rlist_add(&blocker_only, r);
		sense = S_ALWAYS;
	}
	for (i = 0; i < ngrp; i++) {
		g = &grp[i];
		if (g->role == role && g->obj == r->obj && g->argno == r->argno &&
		    g->sense == (enum sense)sense && g->blocker == blocker)
			break;
	}
	if (i == ngrp) {
		PA_GROW(grp, ngrp, grp_cap);
		g = &grp[ngrp++];
		g->role = role;
		g->obj = r->obj;
		g->argno = r->argno;
		g->sense = (enum sense)sense;
		g->blocker = blocker;
	}
	g = &grp[i];
	PA_GROW(g->name, g->n, g->cap);
	g->name[g->n++] = r->name;
}

static void load(const struct pa_rules *rs)
{
	int i;

	for (i = 0; i < pa_rules_count(rs); i++) {
		const struct pa_rule *r = pa_rules_get(rs, i);

		switch (r->role) {
		case PA_ROLE_NEUTRAL:
		case PA_ROLE_NEUTRAL_GET:	/* a release they balance is a limit (README) */
		case PA_ROLE_NEUTRAL_PUT:
			break;		/* no event */
		case PA_ROLE_EXEMPT:
			rlist_add(&exempt, r);
			break;
		case PA_ROLE_SAME:
			rlist_add(&same, r);
			break;
		case PA_ROLE_MARK_NESTED:
			/* a mark only where this code dropped its marker or made
			 * the page accessible early: a blocker as a mark is */
			add_group(r, PA_ROLE_MARK, 1);
			break;
		case PA_ROLE_MARK:
		case PA_ROLE_MARK_ACCESSIBLE:
		case PA_ROLE_ACCESSIBLE:
		case PA_ROLE_RELEASE:
		case PA_ROLE_IO:
			if (r->obj != PA_OBJ_STORE)
				add_group(r, r->role, 0);
			else if (r->cond || r->when != PA_WHEN_ALWAYS)
				rlist_add(&blocker_only, r);	/* an I/O is no blocker */
			else
				rlist_add(&store, r);
			break;
		default:
			/* test, sign, predicate: values, which a pattern does not
			 * follow */
			rlist_add(&unexpressed, r);
			break;
		}
	}
}

/* A group whose calls are events: marks, accessible calls, releases and I/O
 * that a finding starts from or ends at. */
static int is_event(const struct group *g)
{
	return !g->blocker;
}

/* An event group of role. */
static int is_role(const struct group *g, enum pa_role role)
{
	return g->role == role && is_event(g);
}

/* Has the rule set an event call of one of roles? */
static int has_events(unsigned roles)
{
	int i;

	for (i = 0; i < ngrp; i++)
		if ((roles & B(grp[i].role)) && is_event(&grp[i]))
			return 1;
	return 0;
}

/* Marks that hold for one result of the call only. */
static int has_conditional_marks(void)
{
	int i;

	for (i = 0; i < ngrp; i++)
		if (grp[i].role == PA_ROLE_MARK && is_event(&grp[i]) && grp[i].sense != S_ALWAYS)
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
	char **names;		/* the metavariable names made by fresh() */
	size_t nnames, cap_names;
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

static void rule_free(struct rule *r)
{
	size_t i;

	for (i = 0; i < r->nnames; i++)
		free(r->names[i]);
	free(r->names);
	free(r->dbuf);
	free(r->bbuf);
}

static const char *fresh(struct rule *r, const char *prefix)
{
	PA_GROW(r->names, r->nnames, r->cap_names);
	r->names[r->nnames] = pa_xasprintf("%s%d", prefix, ++r->n);
	return r->names[r->nnames++];
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

/* A disjunction of the alternatives written so far.  Each alternative is
 * allocated on its own: its memory stream keeps the address of buf. */
struct alt {
	char *buf;
	size_t len;
	FILE *f;
};

struct alts {
	struct alt **v;
	int n;
	size_t cap;
};

static FILE *alt_new(struct alts *a)
{
	struct alt *x = pa_xcalloc(1, sizeof(*x));

	PA_GROW(a->v, a->n, a->cap);
	a->v[a->n++] = x;
	x->f = open_memstream(&x->buf, &x->len);
	if (!x->f)
		die("out of memory");
	fputc(' ', x->f);	/* a '(' in column 0 would open a disjunction */
	return x->f;
}

/* The stream of the last alternative. */
static FILE *alt_last(struct alts *a)
{
	return a->v[a->n - 1]->f;
}

/* Close every alternative: their texts are in a->v[i]->buf. */
static void alt_close(struct alts *a)
{
	int i;

	for (i = 0; i < a->n; i++)
		fclose(a->v[i]->f);
}

static void alt_free(struct alts *a)
{
	int i;

	for (i = 0; i < a->n; i++) {
		free(a->v[i]->buf);
		free(a->v[i]);
	}
	free(a->v);
	memset(a, 0, sizeof(*a));
}

static int alt_print(FILE *o, struct alts *a)
{
	int i, n = a->n;

	alt_close(a);
	if (n > 1)
		fputs("(\n", o);
	for (i = 0; i < n; i++)
		fprintf(o, "%s%s\n", i ? "|\n" : "", a->v[i]->buf);
	if (n > 1)
		fputs(")\n", o);
	alt_free(a);
	return n;
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
 * "(void)C;"; checked: its result assigned, passed on (to a branch
 * prediction or warning macro too), or tested first.
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

		if ((roles & B(g->role)) && is_event(g))
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
		if (is_role(&grp[i], PA_ROLE_IO))
			call(r, alt_new(&a), &grp[i], mv_ids(r, &grp[i]), x, "pio");
	for (i = 0; i < store.n; i++) {
		const struct pa_rule *s = store.v[i];
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

		if (!is_role(g, PA_ROLE_ACCESSIBLE))
			continue;
		ids = mv_ids(r, g);
		x = mv_obj(r, NULL, kind_of(g));
		call(r, alt_new(&a), g, ids, x, "pa");
		fputc(';', alt_last(&a));
		fputs("(void)", alt_new(&a));
		call(r, alt_last(&a), g, ids, x, "pa");
		fputc(';', alt_last(&a));
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
 * that is false only if it was (after).  "unlikely(E)" is the pattern of
 * standard.iso's unlikely isomorphism: it matches E, likely(E) and
 * unlikely(E). */
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

		if (!is_role(g, PA_ROLE_MARK) || g->sense == S_ALWAYS)
			continue;
		subj = cond_subject(r, g);
		cond_text(r, alt_new(&a), subj, g->sense, inside);
		free(subj);
	}
	alt_close(&a);
	fputs("if (", o);
	if (a.n > 1)
		fputs("\\( ", o);
	for (i = 0; i < a.n; i++)
		fprintf(o, "%s%s", i ? " \\| " : "", a.v[i]->buf + 1);
	if (a.n > 1)
		fputs(" \\)", o);
	fputs(")", o);
	alt_free(&a);
}

/* Marks with no condition anywhere; or, "after", the if shapes and the call
 * as a statement whose result is dropped (one of its results marks). */
static void mark_event(struct rule *r, enum variant v)
{
	struct alts a = { 0 };
	int i;

	if (v == V_AFTER) {
		cond_if(r, alt_new(&a), 0, NULL, S_ALWAYS);
		fprintf(alt_last(&a), " %s else %s", mv_stmt(r), mv_stmt(r));
	}
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (!is_role(g, PA_ROLE_MARK) || (g->sense == S_ALWAYS) != (v == V_ANY))
			continue;
		call(r, alt_new(&a), g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), "pm");
		if (v == V_AFTER)
			fputc(';', alt_last(&a));
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
		many += is_role(&grp[i], PA_ROLE_MARK) && grp[i].sense == s;
	fprintf(o, "%s = %s", x, many > 1 ? "\\( " : "");
	for (i = 0; i < ngrp; i++) {
		const struct group *g = &grp[i];

		if (!is_role(g, PA_ROLE_MARK) || g->sense != s)
			continue;
		fputs(n++ ? " \\| " : "", o);
		call(r, o, g, mv_ids(r, g), mv_obj(r, NULL, kind_of(g)), "pm");
	}
	fputs(many > 1 ? " \\)\n" : "\n", o);
	return x;
}

/* ---- the checks: one per rule id ---------------------------------------------- */

enum step_kind { ST_MARK, ST_ACC, ST_UNCHECKED, ST_REL, ST_SEG };

struct step {
	enum step_kind kind;
	unsigned roles;		/* ST_SEG: what may not happen on the path */
};

enum prefix { P_ANY, P_START, P_RELEASE };

/*
 * How a rule id of the engine's table becomes a path: its id, description
 * and message come from the table (pa_rule_info[]); a rule id with no entry
 * here is not expressed.
 */
struct check {
	const char *id;		/* pa_rule_info[].id */
	char *tag;		/* rule-name prefix: the initials of the id */
	int expressed;		/* the rule set has a name for every event */
	unsigned tokens;	/* roles whose names a file must contain */
	unsigned bind;		/* the role whose objects are followed */
	int prefixes;		/* P_START and P_RELEASE variants, or P_ANY only */
	unsigned before;	/* what may not happen from the prefix to the first step */
	struct step step[6];
	int nstep;
	int patch;
};

_Static_assert(R_COUNT < 8 * sizeof(unsigned), "a set of checks is an unsigned");

static struct check checks[R_COUNT] = {
	[R_MISSING] = {
		.tokens = MARKS | IOB, .bind = MARKS, .prefixes = 1, .before = ACC | MACC,
		.step = { { ST_MARK, 0 }, { ST_SEG, ACC | MACC | REL | KILL } }, .nstep = 2,
		.patch = 1 },
	[R_BEFORE] = {
		.tokens = ACC, .bind = ACC, .prefixes = 1, .before = MARKS | MACC,
		.step = { { ST_ACC, 0 }, { ST_SEG, REL | MACC | KILL }, { ST_MARK, 0 },
			  { ST_SEG, ACC | MACC | REL | KILL } }, .nstep = 4 },
	[R_UNCHECKED] = {
		.tokens = ACC, .bind = MARKS,
		.step = { { ST_MARK, 0 }, { ST_SEG, ACC | MACC | REL | KILL },
			  { ST_UNCHECKED, 0 }, { ST_SEG, ACCC | MACC | REL | KILL } }, .nstep = 4 },
	[R_AFTER_RELEASE] = {
		.tokens = REL | IOB, .bind = REL,
		.step = { { ST_REL, 0 }, { ST_SEG, MARKS | ACC | MACC | KILL } }, .nstep = 2 },
};

#define NCHECK R_COUNT
#define FOR_CHECKS(c, set) \
	for (c = checks; c < checks + NCHECK; c++) if ((set) & (1u << (c - checks)))

/* The events a check's pattern matches: its steps, its binding role, the I/O. */
static unsigned check_events(const struct check *c)
{
	unsigned ev = c->bind | c->tokens | IOB;
	int i;

	for (i = 0; i < c->nstep; i++)
		ev |= c->step[i].kind == ST_MARK ? MARKS :
		      c->step[i].kind == ST_REL ? REL :
		      c->step[i].kind == ST_SEG ? 0 : ACC;
	return ev;
}

/* The roles of ev for which the rule set has no event name. */
static unsigned missing_events(unsigned ev)
{
	unsigned miss = 0;
	int r;

	for (r = 0; r <= PA_ROLE_IO; r++)
		if ((ev & B(r)) && !has_events(B(r)) && !(r == PA_ROLE_IO && store.n))
			miss |= B(r);
	return miss;
}

/* Each check's id and tag from the engine's table; whether the rule set
 * lets it be expressed.  Returns the set of the expressed checks. */
static unsigned init_checks(void)
{
	unsigned set = 0;
	size_t i, j;

	for (i = 0; i < NCHECK; i++) {
		struct check *c = &checks[i];
		const char *p;
		size_t n = 0;

		if (!pa_rule_info[i].id)
			die("the engine's rule table is shorter than rule-ids.def");
		c->id = pa_rule_info[i].id;
		c->tag = pa_xmalloc(strlen(c->id) + 24);
		for (p = c->id; *p; p++)
			if (p == c->id || p[-1] == '-')
				c->tag[n++] = *p;
		c->tag[n] = 0;
		for (j = 0; j < i; j++)
			if (!strcmp(checks[j].tag, c->tag))
				sprintf(c->tag + n, "%zu", i);
		c->expressed = c->nstep > 0 && !missing_events(check_events(c));
		if (c->expressed)
			set |= 1u << i;
	}
	return set;
}

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
	char *decl = pa_xasprintf("position %s;", pos);
	int yes = strstr(r->dbuf, decl) != NULL;

	free(decl);
	return yes;
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
	for (i = 0; i < (size_t)store.n; i++)
		fprintf(o, "|\n* (struct %s){..., .%s@pio = e, ...}\n", store.v[i]->tag,
			store.v[i]->field);
	fprintf(o, ")\n\n");
	rule_free(&r);
}

/* ---- the shared part of every file ------------------------------------------ */

/* The names of the event groups of roles, each written with fmt. */
static void names_of(FILE *o, unsigned roles, const char *fmt, const char *sep)
{
	int i, j, first = 1;

	for (i = 0; i < ngrp; i++)
		if ((roles & B(grp[i].role)) && is_event(&grp[i]))
			for (j = 0; j < grp[i].n; j++) {
				fprintf(o, "%s", first ? "" : sep);
				fprintf(o, fmt, grp[i].name[j], grp[i].name[j]);
				first = 0;
			}
}

/* s as a Python string literal. */
static void py_str(FILE *o, const char *s)
{
	fputc('"', o);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', o);
		if (*s == '\n')
			fputs("\\n", o);
		else
			fputc(*s, o);
	}
	fputc('"', o);
}

/* The rule set's tables for the library (cocci/lib/pageaudit.py says what
 * each one is): data, no code. */
static void tables(FILE *o, unsigned set)
{
	const struct check *c;
	static const char *const kinds[] = { [PA_OBJ_ARG] = "v", [PA_OBJ_RET] = "r",
					     [PA_OBJ_OUT] = "o", [PA_OBJ_OUTALLOC] = "a" };
	int i, j, first;

	fprintf(o, "PA_SAME = {");
	for (i = first = 0; i < same.n; i++)
		if (same.v[i]->obj == PA_OBJ_ARG_IS_RET)
			fprintf(o, "%s\"%s\": %d", first++ ? ", " : "", same.v[i]->name,
				same.v[i]->argno);
	fprintf(o, "}\nPA_SAME_FIELDS = set([");
	for (i = first = 0; i < same.n; i++)
		if (same.v[i]->obj == PA_OBJ_FIELD)
			fprintf(o, "%s\"%s\"", first++ ? ", " : "", same.v[i]->field);
	fprintf(o, "])\nPA_RESULT = set([");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; grp[i].obj == PA_OBJ_RET && is_event(&grp[i]) && j < grp[i].n; j++)
			fprintf(o, "%s\"%s\"", first++ ? ", " : "", grp[i].name[j]);
	fprintf(o, "])\nPA_BIND = {");
	first = 0;
	FOR_CHECKS(c, set) {
		int n = 0;

		fprintf(o, "%s\"%s\": {", first++ ? ", " : "", c->tag);
		for (i = 0; i < ngrp; i++)
			for (j = 0; (c->bind & B(grp[i].role)) && is_event(&grp[i]) &&
				    j < grp[i].n; j++)
				fprintf(o, "%s\"%s\": (\"%s\", %d)", n++ ? ", " : "",
					grp[i].name[j], kinds[grp[i].obj], grp[i].argno);
		fprintf(o, "}");
	}
	fprintf(o, "}\nPA_STORES = {");
	for (i = 0; i < store.n; i++)
		fprintf(o, "%s\"%s\": \"%s\"", i ? ", " : "", store.v[i]->field, store.v[i]->name);
	fprintf(o, "}\nPA_EXEMPT = set([");
	for (i = 0; i < exempt.n; i++)
		fprintf(o, "%s\"%s\"", i ? ", " : "", exempt.v[i]->name);
	/* the engine's messages, with the rule set's accessible functions in
	 * them; the library fills in the rest */
	fprintf(o, "])\nPA_MESSAGES = {");
	first = 0;
	FOR_CHECKS(c, set) {
		char *msg = pa_rule_text(pa_rule_info[c - checks].message, rules,
					 "%o", "%i", "%m", "%a", "%r");

		fprintf(o, "%s\"%s\": ", first++ ? ", " : "", c->id);
		py_str(o, msg);
		free(msg);
	}
	fprintf(o, "}\nPA_ACC_NAMES = [");
	names_of(o, ACC, "\"%s\"", ", ");
	fprintf(o, "]\n");
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
	for (i = 0; i < store.n; i++)
		fprintf(o, "struct %s *pa_b%d;\nstruct %s pa_v%d;\n", store.v[i]->tag, i,
			store.v[i]->tag, i);
	fprintf(o, "@@\n(\n");
	names_of(o, B(PA_ROLE_IO), "%s(...)", "\n|\n");
	/* any expression of the struct: its tag is the token, not the field's
	 * name (a field's name is in most files) */
	for (i = 0; i < store.n; i++)
		fprintf(o, "%spa_b%d\n|\npa_v%d", i || has_events(IOB) ? "\n|\n" : "", i, i);
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

/* text as comment lines of at most 76 columns: the first one starts with
 * prefix, the others with cont. */
static void wrap(FILE *o, const char *prefix, const char *cont, const char *text)
{
	const char *p = text;
	size_t col = 0;

	while (*p) {
		size_t n = strcspn(p, " ");

		if (col && col + 1 + n > 76) {
			fputc('\n', o);
			col = 0;
		}
		if (!col) {
			fputs(prefix, o);
			col = strlen(prefix);
			prefix = cont;
		} else {
			fputc(' ', o);
			col++;
		}
		col += fwrite(p, 1, n, o);
		p += n;
		while (*p == ' ')
			p++;
	}
	if (col)
		fputc('\n', o);
}

/* What of the rule set the semantic patches do not express, as header
 * lines (cocci/README.md "Rule format 2"). */
static void not_expressed(FILE *o)
{
	char *buf;
	size_t len;
	FILE *f;
	int i;

	for (i = 0; i < NCHECK; i++) {
		unsigned miss = checks[i].nstep ? missing_events(check_events(&checks[i])) : 0;
		const char *s;
		int r;

		if (checks[i].expressed)
			continue;
		f = open_memstream(&buf, &len);
		if (!f)
			die("out of memory");
		fprintf(f, "not expressed: rule %s (", checks[i].id);
		if (!checks[i].nstep)
			fprintf(f, "gen-cocci has no pattern for it");
		else
			for (r = 0, s = "the rule set names no "; r <= PA_ROLE_IO; r++)
				if (miss & B(r)) {
					fprintf(f, "%s%s", s, pa_role_name((enum pa_role)r));
					s = ", no ";
				}
		fprintf(f, ")");
		fclose(f);
		wrap(o, "// ", "//   ", buf);
		free(buf);
	}
	if (unexpressed.n) {
		f = open_memstream(&buf, &len);
		if (!f)
			die("out of memory");
		fprintf(f, "not expressed:");
		for (i = 0; i < unexpressed.n; i++)
			fprintf(f, " %s %s%s", pa_role_name(unexpressed.v[i]->role),
				unexpressed.v[i]->name, i + 1 < unexpressed.n ? "," : "");
		fprintf(f, " (a value's sign or property: the patterns follow no values)");
		fclose(f);
		wrap(o, "// ", "//   ", buf);
		free(buf);
	}
	for (i = 0; i < blocker_only.n; i++) {
		const struct pa_rule *r = blocker_only.v[i];
		size_t n = strlen(r->name) + (r->cond ? strlen(r->cond) : 0) + 256;
		char *line = pa_xmalloc(n);

		pa_rule_format(r, line, n);
		f = open_memstream(&buf, &len);
		if (!f)
			die("out of memory");
		fprintf(f, "not expressed: %s '%s': %s",
			r->role == PA_ROLE_MARK_NESTED ? "the marker held under" : "the condition of",
			line, r->role == PA_ROLE_IO ? "not an I/O site" :
			"it ends paths as if it always held, and starts no finding");
		fclose(f);
		wrap(o, "// ", "//   ", buf);
		free(buf);
		free(line);
	}
}

/* How the file was made. */
static void comments(FILE *o, const char *rules_path, const char *lib_path)
{
	const char *kernel = pa_rules_kernel(rules), *arch = pa_rules_arch(rules);
	char *buf;
	size_t len;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		die("out of memory");
	fprintf(f, "Comments: Generated by cocci/gen-cocci (make cocci) from the rule set %s",
		rules_path);
	if (kernel || arch)
		fprintf(f, " (%s%s%s%s%s)", kernel ? "kernel " : "", kernel ? kernel : "",
			kernel && arch ? ", " : "", arch ? "arch " : "", arch ? arch : "");
	fprintf(f, ", the rule ids of engine/rule-ids.def and the Python library %s;"
		" do not edit.", lib_path);
	fclose(f);
	wrap(o, "// ", "//   ", buf);
	free(buf);
}

static int patches(const struct check *c);

static void header(FILE *o, unsigned set, const char *rules_path, const char *lib_path)
{
	const struct check *c;
	int n = 0;

	fprintf(o, "// SPDX-License-Identifier: GPL-2.0\n");
	FOR_CHECKS(c, set) {
		char *doc = pa_rule_text(pa_rule_info[c - checks].description, rules,
					 NULL, NULL, NULL, NULL, NULL);

		if (n++)
			fprintf(o, "///\n");
		wrap(o, "/// ", "/// ", doc);
		if (patches(c))
			wrap(o, "/// ", "/// ", "Patch mode adds the checked call after the mark where "
			     "the function has an error path to return through.");
		free(doc);
	}
	fprintf(o, "///\n//# pageaudit rule%s", n > 1 ? "s" : "");
	FOR_CHECKS(c, set)
		fprintf(o, " %s", c->id);
	fprintf(o, " (../shared/DESIGN.md):\n"
		"//# the events come from %s.  Copies, casts and conversions\n"
		"//# of a page are one object; what Coccinelle cannot follow\n"
		"//# (helpers, fields across functions) is listed in cocci/README.md.\n",
		rules_path);
	not_expressed(o);
	fprintf(o, "//\n"
		"// Confidence: Moderate\n"
		"// Copyright: (C) 2026 The pageaudit authors.\n");
	comments(o, rules_path, lib_path);
	fprintf(o, "// Options: --no-includes --include-headers\n"
		"// Requires: 1.1.1\n\n"
		"virtual patch\nvirtual context\nvirtual org\nvirtual report\n\n");
}

/*
 * Patch mode (missing-accessible only): after a mark statement NAME(X);
 * that a finding used, not in a loop (earlier passes' marks would leak), in
 * an int function with an error return, no goto and a release of X, add
 * "V = ACC(X); if (V) { REL(X); return V; }" and declare V.  The library
 * (pa_fix) decides; other sites stay for report mode.
 */
/* The marks patch mode fixes: unconditional, of argument 1. */
static int fixable_mark(const struct group *g)
{
	return is_role(g, PA_ROLE_MARK) && g->obj == PA_OBJ_ARG && g->argno == 1 &&
		g->sense == S_ALWAYS;
}

/* The releases a fix calls on its error path: of argument 1. */
static int fix_release(const struct group *g)
{
	return is_role(g, PA_ROLE_RELEASE) && g->obj == PA_OBJ_ARG && g->argno == 1;
}

/* Does c have a patch mode with this rule set: a mark to fix, a release to
 * undo it with, and an accessible call to add. */
static int patches(const struct check *c)
{
	int i, mark = 0, rel = 0;

	for (i = 0; i < ngrp; i++) {
		mark |= fixable_mark(&grp[i]);
		rel |= fix_release(&grp[i]);
	}
	return c->patch && mark && rel && has_events(ACC);
}

static void patch_rules(FILE *o, const struct check *c)
{
	int i, j, first;

	fprintf(o, "// patch mode: the checked accessible call after the mark\n"
		"@pa_rel depends on patch && ");
	tok_deps(o, c);
	fprintf(o, "@\nidentifier r = {");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; fix_release(&grp[i]) && j < grp[i].n; j++)
			fprintf(o, "%s%s", first++ ? ", " : "", grp[i].name[j]);
	fprintf(o, "};\nexpression X;\nposition p;\n@@\nr@p(X)\n\n"
		"@script:python depends on patch@\nr << pa_rel.r;\nX << pa_rel.X;\n"
		"p << pa_rel.p;\n@@\npa_release(p, r, X)\n\n");
	fprintf(o, "@pa_site depends on patch && ");
	tok_deps(o, c);
	fprintf(o, "@\nidentifier g = {");
	for (i = first = 0; i < ngrp; i++)
		for (j = 0; fixable_mark(&grp[i]) && j < grp[i].n; j++)
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
	/* V_ANY, V_AFTER, V_INSIDE, and three stored variants per sense */
	struct shape shape[3 + 3 * 2];
	int p, last, j, k = 0, nshape = 0, has_mark = 0;
	size_t i;

	for (i = 0; i < (size_t)c->nstep; i++)
		has_mark |= c->step[i].kind == ST_MARK;
	/* a mark with no condition: unless every mark has one */
	for (j = 0; has_mark && j < ngrp; j++)
		if (is_role(&grp[j], PA_ROLE_MARK) && grp[j].sense == S_ALWAYS)
			break;
	if (!has_mark || j < ngrp)
		shape[nshape++] = (struct shape){ V_ANY, S_ALWAYS };
	if (has_mark && has_conditional_marks()) {
		enum sense s;

		shape[nshape++] = (struct shape){ V_AFTER, S_ALWAYS };
		shape[nshape++] = (struct shape){ V_INSIDE, S_ALWAYS };
		for (s = S_TRUE; s <= S_FALSE; s++) {
			for (j = 0; j < ngrp; j++)
				if (is_role(&grp[j], PA_ROLE_MARK) && grp[j].sense == s)
					break;
			if (j == ngrp)
				continue;
			shape[nshape++] = (struct shape){ V_STORED_AFTER, s };
			shape[nshape++] = (struct shape){ V_STORED_INSIDE, s };
			shape[nshape++] = (struct shape){ V_STORED, s };
		}
	}

	objects(o, c);
	/* from the start, and from a release if the rule set names one; or
	 * anywhere */
	last = !c->prefixes ? P_ANY : has_events(REL) ? P_RELEASE : P_START;
	for (p = c->prefixes ? P_START : P_ANY; p <= last; p++) {
		for (j = 0; j < nshape; j++) {
			char *name;

			/* a conditional mark again after a release: rare, not matched */
			if (p == P_RELEASE && shape[j].v != V_ANY)
				continue;
			name = pa_xasprintf("pa_%s_%d", c->tag, ++k);
			fprintf(o, "// %s%s, %s\n", c->id,
				p == P_START ? " from the function's start" :
				p == P_RELEASE ? " from a release" : "", what[shape[j].v]);
			emit_rule(o, c, name, (enum prefix)p, shape[j]);
			if (patches(c) && shape[j].v == V_ANY)
				fprintf(o, "@script:python depends on patch@\npm << %s.pm;\n@@\n"
					"pa_want(pm)\n\n", name);
			free(name);
		}
	}
	if (patches(c))
		patch_rules(o, c);
}

/* The Python library, read once. */
static char *library;

/*
 * spatch reads a script rule as C tokens up to a line that starts with '@':
 * such a line would end it early, and a quote in a Python comment or
 * docstring would open a C string or character constant that runs on into
 * the next rules.  Python string literals on one line are C ones too.
 */
static void check_library(const char *path, const char *s)
{
	const char *p;
	int line = 1;

	for (p = s; *p; p++) {
		if (*p == '\n') {
			line++;
		} else if (*p == '@' && (p == s || p[-1] == '\n')) {
			die("%s:%d: a line starts with '@', which would end the SmPL rule",
			    path, line);
		} else if (*p == '#') {
			for (; *p && *p != '\n'; p++)
				if (*p == '\'' || *p == '"')
					die("%s:%d: a quote in a comment", path, line);
			p--;
		} else if (!strncmp(p, "\"\"\"", 3) || !strncmp(p, "'''", 3)) {
			const char *end = strstr(p + 3, *p == '"' ? "\"\"\"" : "'''");

			if (!end)
				die("%s:%d: an unterminated string", path, line);
			for (p += 3; p < end; p++) {
				if (*p == '\'' || *p == '"')
					die("%s:%d: a quote in a docstring", path, line);
				line += *p == '\n';
			}
			p += 2;
		} else if (*p == '\'' || *p == '"') {
			char q = *p;

			for (p++; *p && *p != q; p++) {
				if (*p == '\\' && p[1])
					p++;
				if (*p == '\n')
					die("%s:%d: a string runs on to the next line", path, line);
			}
			if (!*p)
				die("%s:%d: an unterminated string", path, line);
		}
	}
}

static void read_library(const char *path)
{
	FILE *f = fopen(path, "r");
	size_t len = 0, cap = 0, n;

	if (!f)
		die("cannot read the Python library %s (give it with -l)", path);
	do {
		PA_GROW(library, len + 4096, cap);
		n = fread(library + len, 1, cap - len - 1, f);
		len += n;
	} while (n > 0);
	if (ferror(f))
		die("cannot read the Python library %s", path);
	fclose(f);
	library[len] = 0;
	check_library(path, library);
}

/* One file: the rule set's tables and the library, then each check of set. */
static void emit_file(FILE *o, unsigned set, const char *rules_path, const char *lib_path)
{
	const struct check *c;
	size_t n = strlen(library);

	header(o, set, rules_path, lib_path);
	fprintf(o, "@initialize:python@\n@@\n# the tables of the rule set (gen-cocci, from %s)\n",
		rules_path);
	tables(o, set);
	fprintf(o, "\n# %s\n", lib_path);
	fputs(library, o);
	fputs(n && library[n - 1] != '\n' ? "\n\n" : "\n", o);
	token_rules(o, set);
	copies(o, set);
	FOR_CHECKS(c, set)
		emit_check(o, c);
}

static void write_file(const char *dir, const char *name, unsigned set, const char *rules_path,
		       const char *lib_path)
{
	char *path = pa_xasprintf("%s/%s.cocci", dir, name);
	FILE *o;

	o = fopen(path, "w");
	if (!o)
		die("cannot write %s", path);
	emit_file(o, set, rules_path, lib_path);
	if (fclose(o))
		die("cannot write %s", path);
	free(path);
}

/* The library beside this source: cocci/lib/pageaudit.py (the Makefile
 * compiles it by its absolute name). */
static char *default_library(void)
{
	const char *src = __FILE__, *slash = strrchr(src, '/');

	if (!slash)
		return pa_xstrdup("lib/pageaudit.py");
	return pa_xasprintf("%.*s/lib/pageaudit.py", (int)(slash - src), src);
}

static void usage(void)
{
	fprintf(stderr, "usage: gen-cocci [-l LIBRARY] RULES OUTDIR\n");
	exit(2);
}

int main(int argc, char **argv)
{
	struct pa_rules *rs;
	char err[4096], *lib = NULL;
	unsigned set;
	int i;

	if (argc > 1 && !strcmp(argv[1], "-l")) {
		if (argc < 3)
			usage();
		lib = pa_xstrdup(argv[2]);
		argc -= 2;
		argv += 2;
	}
	if (argc != 3)
		usage();
	if (!lib)
		lib = default_library();
	read_library(lib);
	rs = pa_rules_load(argv[1], err, sizeof(err));
	if (!rs) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	rules = rs;
	load(rs);
	set = init_checks();
	if (!set)
		die("%s: no rule id can be expressed", argv[1]);
	/* one file per rule id, and all of them in one (one scan of a tree) */
	for (i = 0; i < NCHECK; i++)
		if (set & (1u << i))
			write_file(argv[2], checks[i].id, 1u << i, argv[1], lib);
	write_file(argv[2], "pageaudit", set, argv[1], lib);
	pa_rules_free(rs);
	free(library);
	free(lib);
	return 0;
}
