/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pageaudit engine: the rule database, the control-flow graph of events a
 * front end builds, the typestate analysis of ../shared/DESIGN.md and the
 * findings.  Plain C11, no compiler headers: every front end links it.
 *
 * A front end, per translation unit:
 *   u = pa_unit_new(rules);
 *   for each function: f = pa_func_new(u, ...); build blocks, nodes, calls;
 *   pa_unit_analyze(u);
 *   for each finding pa_unit_finding(u, i): print it its own way.
 */
#ifndef PAGEAUDIT_H
#define PAGEAUDIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the Makefile passes -DPAGEAUDIT_VERSION (git describe); built otherwise: */
#ifndef PAGEAUDIT_VERSION
#define PAGEAUDIT_VERSION "unknown"
#endif

/* ---- rules ---------------------------------------------------------------- */

enum pa_role { PA_ROLE_MARK, PA_ROLE_MARK_ACCESSIBLE, PA_ROLE_ACCESSIBLE,
	       PA_ROLE_RELEASE, PA_ROLE_IO, PA_ROLE_SAME, PA_ROLE_NEUTRAL,
	       PA_ROLE_EXEMPT };
enum pa_obj { PA_OBJ_ARG, PA_OBJ_RET, PA_OBJ_OUT, PA_OBJ_OUTALLOC,
	      PA_OBJ_ARG_IS_RET, PA_OBJ_FIELD, PA_OBJ_STORE, PA_OBJ_ADDR };
enum pa_when { PA_WHEN_ALWAYS, PA_WHEN_NONZERO, PA_WHEN_POSITIVE, PA_WHEN_ZERO };
enum pa_kind { PA_KIND_FUNCTION, PA_KIND_INLINE, PA_KIND_MACRO, PA_KIND_FIELD,
	       PA_KIND_GLOBAL };

struct pa_rule {
	enum pa_role role;
	enum pa_obj obj;
	int argno;		/* 1-based, for ARG/OUT/OUTALLOC/ARG_IS_RET */
	enum pa_when when;
	enum pa_kind kind;
	const char *name;	/* function or macro; "struct.field" for fields */
	const char *tag;	/* fields: the struct tag */
	const char *field;	/* fields: the member */
	int line;
	int next_same;		/* index of the next rule with this name, or -1 */
};

struct pa_rules;

/* Parse a rule set; on error returns NULL and puts "FILE:LINE: error: ..."
 * (or "FILE: error: ...") in err. */
struct pa_rules *pa_rules_parse(const char *text, const char *filename,
				char *err, size_t errlen);
struct pa_rules *pa_rules_load(const char *path, char *err, size_t errlen);
void pa_rules_free(struct pa_rules *r);
int pa_rules_count(const struct pa_rules *r);
const struct pa_rule *pa_rules_get(const struct pa_rules *r, int i);
/* First rule for a name, or NULL; walk on with pa_rules_next. */
const struct pa_rule *pa_rules_find(const struct pa_rules *r, const char *name);
const struct pa_rule *pa_rules_next(const struct pa_rules *r,
				    const struct pa_rule *rule);
/* The field rule of a role for STRUCT.FIELD, or NULL. */
const struct pa_rule *pa_rules_field(const struct pa_rules *r, enum pa_role role,
				     const char *tag, const char *field);
const char *pa_role_name(enum pa_role role);
const char *pa_rules_filename(const struct pa_rules *r);

/* The Linux 6.1 rule set compiled into the tools (build/rules-default.c). */
extern const char pa_default_rules[];
extern const char pa_default_rules_name[];

/* ---- the control-flow graph a front end builds ------------------------------ */

struct pa_loc {
	const char *file;	/* interned by the engine */
	int line, col;
	uint64_t fe;		/* the front end's own location (GCC: location_t) */
};

/* Conditions on edges and value definitions. */
enum pa_cmp { PA_EQ, PA_NE, PA_LT, PA_LE, PA_GT, PA_GE };

/* An operand: the object it denotes (node) and the value it is (for
 * conditions).  Either may be -1.  A constant has node -1, value -1,
 * is_cst 1. */
struct pa_opnd {
	int node;
	int value;
	int is_cst;
	long cst;
};

struct pa_unit;
struct pa_func;

struct pa_unit *pa_unit_new(const struct pa_rules *rules);
void pa_unit_free(struct pa_unit *u);
/* Budget of path states per object and entry state; over it the function's
 * object is dropped and counted in pa_unit_stats. */
void pa_unit_set_budget(struct pa_unit *u, int states);

/* name: the function's name; fe_decl: the front end's handle, returned in
 * findings.  Blocks are numbered by the front end from 0; block 0 is the
 * entry. */
struct pa_func *pa_func_new(struct pa_unit *u, const char *name,
			    struct pa_loc loc, void *fe_decl);
void pa_func_set_blocks(struct pa_func *f, int nblocks, int entry);
/* A static function is called only from its own translation unit. */
void pa_func_set_static(struct pa_func *f, int is_static);

/* Objects.  key identifies a root within the function (a variable, a
 * parameter, a temporary); display is what a finding calls it; param is the
 * 1-based parameter number or 0. */
int pa_node_root(struct pa_func *f, const char *key, const char *display, int param);
int pa_node_field(struct pa_func *f, int base, const char *tag, const char *field);
int pa_node_elem(struct pa_func *f, int base);	/* *p, p[i]: all elements */
int pa_node_addr(struct pa_func *f, int base);	/* &x */
/* a and b are the same object (copies, casts, PHIs, pointer arithmetic). */
void pa_node_same(struct pa_func *f, int a, int b);

/* Values: ids chosen by the front end (SSA names), >= 0. */
void pa_value_copy(struct pa_func *f, int dst, int src);
void pa_value_cmp(struct pa_func *f, int dst, int src, enum pa_cmp op, long k);
void pa_value_const(struct pa_func *f, int dst, long k);

/* Instructions, appended to a block in execution order. */
void pa_call(struct pa_func *f, int block, struct pa_loc loc, const char *callee,
	     int nargs, const struct pa_opnd *args, struct pa_opnd result);
void pa_store(struct pa_func *f, int block, struct pa_loc loc, int dst_node,
	      struct pa_opnd src);
void pa_def(struct pa_func *f, int block, int value);	/* value redefined here */
/* *node = k: a constant stored to memory (flags, out-parameters) */
void pa_store_const(struct pa_func *f, int block, struct pa_loc loc, int node, long k);
/* value = *node: a load from memory (also a redefinition of value) */
void pa_load(struct pa_func *f, int block, int value, int node);
void pa_return(struct pa_func *f, int block, struct pa_loc loc, struct pa_opnd val);

/* A PHI: entering block to from block from, value dst takes src. */
void pa_phi(struct pa_func *f, int from, int to, int dst, struct pa_opnd src);

/* Edges.  value -1: unconditional (or not understood).  Otherwise the edge is
 * taken when (value OP k) holds.  sense: 1 the true edge of a branch, 0 its
 * false edge, -1 anything else (switch case).  loc: the branch, for notes. */
void pa_edge(struct pa_func *f, int from, int to, int value, enum pa_cmp op,
	     long k, int sense, struct pa_loc loc);

/* ---- analysis and findings ---------------------------------------------------- */

void pa_unit_analyze(struct pa_unit *u);

enum pa_step_kind { PA_STEP_MARK, PA_STEP_ACCESSIBLE, PA_STEP_RELEASE,
		    PA_STEP_BRANCH, PA_STEP_CALL, PA_STEP_IO };

struct pa_step {
	enum pa_step_kind kind;
	struct pa_loc loc;
	char *text;		/* the note */
};

struct pa_finding {
	const char *rule;	/* stable id: missing-accessible, ... */
	char *message;
	struct pa_loc loc;	/* the I/O */
	const char *function;
	void *fe_decl;
	char *object;
	int nsteps;
	struct pa_step *steps;	/* in path order, ending with the I/O */
};

/* Findings come sorted by this order (file, line, column, rule, function,
 * object), one per place, rule, function and object. */
int pa_finding_cmp(const struct pa_finding *a, const struct pa_finding *b);
int pa_unit_nfindings(const struct pa_unit *u);
const struct pa_finding *pa_unit_finding(const struct pa_unit *u, int i);

struct pa_stats {
	int functions, objects, states, dropped;
};
void pa_unit_stats(const struct pa_unit *u, struct pa_stats *st);

/* ---- units on disk (ir.c) ------------------------------------------------------ */

/* The unit's functions as lowered, for a merge to analyze together. */
int pa_unit_write_graph(struct pa_unit *u, FILE *fp);
/* Add the functions of a graph file; each file is its own translation unit
 * (its static functions are called from it only). */
int pa_unit_read_graph(struct pa_unit *u, const char *path, char *err, size_t errlen);
/* After pa_unit_analyze: the summaries of the unit's non-static functions. */
int pa_unit_write_summaries(struct pa_unit *u, FILE *fp);
/* Summaries for functions with no body in the unit (a database). */
int pa_unit_read_summaries(struct pa_unit *u, const char *path, char *err, size_t errlen);
/* Largest number of summary passes a recursive component needed, and the
 * components that did not reach a fixed point within the bound. */
void pa_unit_passes(const struct pa_unit *u, int *max_passes, int *unconverged);

/* One JSON Lines record (with the newline) into buf; returns its length, or
 * the length it needs if that is >= len. */
size_t pa_finding_json(const struct pa_finding *fd, const char *frontend,
		       char *buf, size_t len);

/* SARIF 2.1.0 of n findings; paths under srcroot (if given) become
 * relative to the SRCROOT base. */
int pa_sarif_write(FILE *fp, const struct pa_finding *const *fd, int n,
		   const char *srcroot);

#endif
