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
	       PA_ROLE_EXEMPT,
	       PA_ROLE_MARK_NESTED,	/* a marker on top of one that must be held (folio_add_pin) */
	       PA_ROLE_NEUTRAL_GET,	/* takes a reference that is no marker (a cache's) */
	       PA_ROLE_NEUTRAL_PUT,	/* drops one such reference */
	       PA_ROLE_TEST,		/* the result is true iff argN has these signs (IS_ERR) */
	       PA_ROLE_SIGN,		/* the result has these signs (ERR_PTR) */
	       PA_ROLE_PREDICATE };	/* a property of argN other rules are conditioned on */
enum pa_obj { PA_OBJ_ARG, PA_OBJ_RET, PA_OBJ_OUT, PA_OBJ_OUTALLOC,
	      PA_OBJ_ARG_IS_RET, PA_OBJ_FIELD, PA_OBJ_STORE, PA_OBJ_ADDR };
enum pa_when { PA_WHEN_ALWAYS, PA_WHEN_NONZERO, PA_WHEN_POSITIVE, PA_WHEN_ZERO,
	       PA_WHEN_NEGATIVE, PA_WHEN_SIGNS };
enum pa_kind { PA_KIND_FUNCTION, PA_KIND_INLINE, PA_KIND_MACRO, PA_KIND_FIELD,
	       PA_KIND_GLOBAL };

/* Signs of a value, as a mask.  A pointer is negative when it is an error
 * pointer (ERR_PTR), zero when NULL, positive otherwise. */
#define PA_SIGN_NEG	1
#define PA_SIGN_ZERO	2
#define PA_SIGN_POS	4
#define PA_SIGN_ALL	7

struct pa_rule {
	enum pa_role role;
	enum pa_obj obj;
	int argno;		/* 1-based, for ARG/OUT/OUTALLOC/ARG_IS_RET */
	enum pa_when when;
	unsigned signs;		/* PA_WHEN_SIGNS, test, sign: a PA_SIGN_* mask */
	const char *cond;	/* if:COND(argN): the effect happens when COND(argN) */
	int cond_argno;
	int cond_sense;		/* 1: when COND holds; 0: if:!COND, when it does not */
	int carrier;		/* io argN@argM: M, the list that carries the page (its
				 * mapping is the I/O); PA_CARRIER_STRUCT for
				 * store@struct; 0 if none */
	enum pa_kind kind;
	const char *name;	/* function or macro; "struct.field" for fields */
	const char *tag;	/* fields: the struct tag */
	const char *field;	/* fields: the member */
	const char *file;	/* the rule file it comes from (includes) */
	int line;
	int next_same;		/* index of the next rule with this name, or -1 */
	int origin, dead;	/* parsing: which file, overridden or removed */
	int prev_name;		/* parsing: the previous rule of this name, or -1 */
};

#define PA_CARRIER_STRUCT (-1)	/* the structure whose field receives the page */

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
/* The header of a format 2 rule set: its format (1 for a file without
 * one), the kernel version and the architecture it is for (NULL if not
 * said). */
int pa_rules_format(const struct pa_rules *r);
const char *pa_rules_kernel(const struct pa_rules *r);
const char *pa_rules_arch(const struct pa_rules *r);
/* A rule as its line of a rule file: ROLE NAME OBJECT WHEN KIND. */
void pa_rule_format(const struct pa_rule *rule, char *buf, size_t len);

/* The Linux 6.1 rule set compiled into the tools (build/rules-default.c). */
extern const char pa_default_rules[];
extern const char pa_default_rules_name[];

/* The rule set's accessible functions, for messages: "f() or g()". */
const char *pa_rules_accessible(const struct pa_rules *r);

/* ---- rule ids (rule-ids.def) ---------------------------------------------------- */

struct pa_rule_info {
	const char *id;		/* missing-accessible, ...: stable */
	const char *name;	/* SARIF rule name */
	const char *description;/* one sentence; %A: the accessible functions */
	const char *message;	/* a finding's message template */
};
/* Every rule id, ended by an entry with a NULL id. */
extern const struct pa_rule_info pa_rule_info[];
/* A template of the table with its %-fields filled (rule-ids.def says
 * which); the caller frees it. */
char *pa_rule_text(const char *tmpl, const struct pa_rules *rules, const char *object,
		   const char *io, const char *mark, const char *acc, const char *rel);

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
	unsigned flags;		/* PA_OPND_*: what the operand's type is */
};
#define PA_OPND_UNSIGNED 1	/* an unsigned integer or a pointer */
#define PA_OPND_BOOL	 2	/* _Bool or a one-bit integer */
#define PA_OPND_INEXACT	 4	/* a constant too wide for a long: cst is its sign */
#define PA_OPND_POINTER	 8	/* a pointer */
/* An integer constant of width bits (1..64) given as its bit pattern:
 * sign-extended unless flags say PA_OPND_UNSIGNED; an unsigned one over
 * LONG_MAX is PA_OPND_INEXACT (cst 2, its sign). */
struct pa_opnd pa_opnd_int(unsigned long long bits, int width, unsigned flags);

struct pa_unit;
struct pa_func;

struct pa_unit *pa_unit_new(const struct pa_rules *rules);
void pa_unit_free(struct pa_unit *u);
/* Budget of path states per object and entry state; over it the function's
 * object is dropped and counted in pa_unit_stats. */
void pa_unit_set_budget(struct pa_unit *u, int states);
/* The front end that lowers the unit (gcc, sparse, clang); graph files
 * say it, and a unit read from graphs takes the first one's. */
void pa_unit_set_frontend(struct pa_unit *u, const char *name);
const char *pa_unit_frontend(const struct pa_unit *u);
/* The front end named by the first graph file read into the unit. */
const char *pa_unit_graph_frontend(const struct pa_unit *u);

/* name: the function's name; fe_decl: the front end's handle, returned in
 * findings.  Blocks are numbered by the front end from 0; block 0 is the
 * entry. */
struct pa_func *pa_func_new(struct pa_unit *u, const char *name,
			    struct pa_loc loc, void *fe_decl);
void pa_func_set_blocks(struct pa_func *f, int nblocks, int entry);
/* One more block, for a front end that makes blocks as it goes (the
 * structured builder); returns its number.  Block 0 is still the entry
 * unless pa_func_set_blocks said otherwise. */
int pa_block_new(struct pa_func *f);
/* A static function is called only from its own translation unit. */
void pa_func_set_static(struct pa_func *f, int is_static);

/* Objects.  key identifies a root within the function (a variable, a
 * parameter, a temporary); display is what a finding calls it; param is the
 * 1-based parameter number or 0. */
int pa_node_root(struct pa_func *f, const char *key, const char *display, int param);
int pa_node_field(struct pa_func *f, int base, const char *tag, const char *field);
/* A member of a union (the plugin: the field's DECL_CONTEXT is a
 * UNION_TYPE); group names the union within base (its member's name, or
 * the union type's for an anonymous one).  Every member of one union is
 * one object and one memory location. */
int pa_node_union_field(struct pa_func *f, int base, const char *tag, const char *field,
			const char *group);
int pa_node_elem(struct pa_func *f, int base);	/* *p, p[i]: all elements */
/* p[K], K a constant: its own object; events on all of p's elements
 * (pa_node_elem) apply to it too */
int pa_node_elem_at(struct pa_func *f, int base, long k);
int pa_node_addr(struct pa_func *f, int base);	/* &x */
/* A global variable: arithmetic on an address loaded from it (a memory
 * map's base plus a pfn) gives the pfn's page, not the global's. */
int pa_node_global(struct pa_func *f, const char *key, const char *display);
/* a and b are the same object.  Front ends say how a value was made
 * (pa_assign, pa_phi, pa_store) and let the engine decide; unit tests and
 * the structured builder use this directly. */
void pa_node_same(struct pa_func *f, int a, int b);

/* How a front end's value was made.  The engine decides from it what keeps
 * the page (copies, casts, pointer arithmetic, a page's address as an
 * integer) and what a condition means. */
enum pa_op {
	PA_OP_COPY,		/* dst = a: an SSA copy */
	PA_OP_CAST,		/* dst = (T)a, pointer <-> integer included */
	PA_OP_LOAD,		/* dst = a, a being memory: *p, s->f, a variable in memory */
	PA_OP_ADDR,		/* dst = a, a being pa_node_addr() of something */
	PA_OP_PTRADD,		/* dst = a + b, a a pointer */
	PA_OP_ADD, PA_OP_SUB, PA_OP_MUL, PA_OP_DIV, PA_OP_MOD,
	PA_OP_AND, PA_OP_OR, PA_OP_XOR, PA_OP_SHL, PA_OP_SHR,
	PA_OP_NOT,		/* dst = !a */
	PA_OP_BITNOT,		/* dst = ~a */
	PA_OP_NEG,		/* dst = -a */
	PA_OP_EQ, PA_OP_NE, PA_OP_LT, PA_OP_LE, PA_OP_GT, PA_OP_GE,	/* dst = a OP b */
	PA_OP_OTHER		/* anything else: a new value, no object */
};
void pa_assign(struct pa_func *f, int block, struct pa_opnd dst, enum pa_op op,
	       struct pa_opnd a, struct pa_opnd b);

/* Values: ids chosen by the front end (SSA names), >= 0. */
void pa_value_copy(struct pa_func *f, int dst, int src);
void pa_value_cmp(struct pa_func *f, int dst, int src, enum pa_cmp op, long k);
void pa_value_const(struct pa_func *f, int dst, long k);

/* Instructions, appended to a block in execution order. */
void pa_call(struct pa_func *f, int block, struct pa_loc loc, const char *callee,
	     int nargs, const struct pa_opnd *args, struct pa_opnd result);
/* *dst_node = src: a page stored into memory, or an integer constant (a
 * flag an out-parameter carries) */
void pa_store(struct pa_func *f, int block, struct pa_loc loc, int dst_node,
	      struct pa_opnd src);
void pa_def(struct pa_func *f, int block, int value);	/* value redefined here */
/* *node = k: a constant stored to memory (flags, out-parameters) */
void pa_store_const(struct pa_func *f, int block, struct pa_loc loc, int node, long k);
/* value = *node: a load from memory (also a redefinition of value) */
void pa_load(struct pa_func *f, int block, int value, int node);
void pa_return(struct pa_func *f, int block, struct pa_loc loc, struct pa_opnd val);

/* A PHI: entering block to from block from, dst takes src (the value, and
 * the object: a PHI of pages is each of them). */
void pa_phi(struct pa_func *f, int from, int to, struct pa_opnd dst, struct pa_opnd src);

/* Edges.  value -1: unconditional (or not understood).  Otherwise the edge is
 * taken when (value OP k) holds.  sense: 1 the true edge of a branch, 0 its
 * false edge, -1 anything else (switch case).  loc: the branch, for notes. */
void pa_edge(struct pa_func *f, int from, int to, int value, enum pa_cmp op,
	     long k, int sense, struct pa_loc loc);
/* The edge of a branch on (a CMP b), CMP one of PA_OP_EQ..PA_OP_GE, taken
 * when the comparison is sense (1 or 0).  The engine puts the constant on
 * the right and handles unsigned operands; what it cannot express it keeps
 * as an unconditional edge of the branch. */
void pa_branch(struct pa_func *f, int from, int to, int sense, enum pa_op cmp,
	       struct pa_opnd a, struct pa_opnd b, struct pa_loc loc);
/* The comparison that holds when cmp does not (EQ <-> NE, LT <-> GE...). */
enum pa_op pa_op_invert(enum pa_op cmp);

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
	/* the functions whose summaries the path applied to the object, even
	 * where they changed nothing: what a finding depends on elsewhere */
	int nsummaries;
	const char **summaries;
};

/* Findings come sorted by this order (file, line, column, rule, function,
 * object), one per place, rule, function and object. */
int pa_finding_cmp(const struct pa_finding *a, const struct pa_finding *b);
int pa_unit_nfindings(const struct pa_unit *u);
const struct pa_finding *pa_unit_finding(const struct pa_unit *u, int i);

/* What was analyzed, and every cap that dropped work: nothing is dropped
 * silently (verbose and the merge's summary line show these). */
struct pa_stats {
	int functions, objects, states;
	int dropped;		/* objects over the path-state budget */
	int too_big;		/* functions over the size budget, not lowered */
	int block_cap;		/* path states dropped at the per-block cap */
	int cons_cap;		/* values whose sign was not kept: constraint cap */
	int witness_cut;	/* findings whose path was shortened */
};
void pa_unit_stats(const struct pa_unit *u, struct pa_stats *st);

/* ---- units on disk (ir.c) ------------------------------------------------------ */

/* The unit's functions as lowered, for a merge to analyze together. */
int pa_unit_write_graph(struct pa_unit *u, FILE *fp);
/* The section of an object that holds its units' graphs: the kernel's
 * linker scripts discard .discard.* (vmlinux.lds.h DISCARDS, module.lds.S),
 * objtool ignores it, so vmlinux and the modules do not change. */
#define PA_GRAPH_SECTION ".discard.pageaudit"
/* Add the functions of the graphs in PATH: a graph file (OBJ.pa), an ELF
 * object's PA_GRAPH_SECTION (32 or 64 bits, either byte order), or the
 * members of an ar archive, regular or thin (objfile.c).  Each graph is its
 * own translation unit (its static functions are called from it only); a
 * graph read before (a composite object and its parts) is skipped. */
int pa_unit_read_graph(struct pa_unit *u, const char *path, char *err, size_t errlen);
/* The same from bytes in memory; name is for errors. */
int pa_unit_read_graph_mem(struct pa_unit *u, const char *name, const void *p, size_t n,
			   char *err, size_t errlen);
/* Graphs read into the unit, and graphs skipped as read before. */
void pa_unit_graph_counts(const struct pa_unit *u, int *read, int *dup);
/* After pa_unit_analyze: the summaries of the unit's non-static functions. */
/* paths under srcroot are written relative to it; provenance: lines
 * ("tree: ...", "command: ...") for the header, NULL-terminated. */
int pa_unit_write_summaries(struct pa_unit *u, FILE *fp, const char *srcroot,
			    const char *const *provenance);
/* The unit's functions as lowered, with the events the rule set gives
 * them, in a stable text form (pa-dump). */
int pa_unit_dump(struct pa_unit *u, FILE *fp);
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
		   const char *srcroot, const struct pa_rules *rules);
/* The same with, per result, what a comparison says of it: baselineState
 * ("new", "unchanged") and a suppression's justification (NULL: none). */
struct pa_sarif_state {
	const char *baseline;
	const char *justification;
};
int pa_sarif_write_states(FILE *fp, const struct pa_finding *const *fd, int n,
			  const char *srcroot, const struct pa_rules *rules,
			  const struct pa_sarif_state *state);

/* The finding's fingerprint: 16 hex digits, stable across line shifts
 * (file, function, rule, object, the path's event kinds). */
void pa_finding_fingerprint(const struct pa_finding *fd, char out[17]);

/* One JSON Lines record in one write(2), whatever its length: with
 * O_APPEND, lines stay whole when many compilers share the file. */
int pa_finding_write_json(int fd, const struct pa_finding *f, const char *frontend);

/* ---- reading JSON back (json.c, report.c) ------------------------------------- */

/* A parsed JSON value: objects and arrays hold their members in a list
 * (child, next; key names an object's member). */
enum pa_json_type { PA_JSON_NULL, PA_JSON_BOOL, PA_JSON_NUMBER, PA_JSON_STRING,
		    PA_JSON_ARRAY, PA_JSON_OBJECT };
struct pa_json {
	enum pa_json_type type;
	int boolean;
	double number;
	char *string;
	char *key;
	int count;
	size_t offset;		/* where the value starts in the text, from 0 */
	struct pa_json *child, *next;
};
/* Exactly one value in len bytes (RFC 8259, no NUL in strings, nesting
 * bounded), or NULL and "byte N: what" in err (N from 1). */
struct pa_json *pa_json_parse(const char *text, size_t len, char *err, size_t errlen);
void pa_json_free(struct pa_json *j);
const struct pa_json *pa_json_get(const struct pa_json *obj, const char *key);

/* A finding from one record pa_finding_json wrote (its own copies of every
 * string: free with pa_finding_json_free), or -1 and what is wrong in err.
 * Paths under srcroot, if given, become relative to it. */
int pa_finding_from_json(const struct pa_json *j, const char *srcroot,
			 struct pa_finding *fd, char *err, size_t errlen);
void pa_finding_json_free(struct pa_finding *fd);

/* A finding as text, in a compiler's shape: GCC and clang
 *   FILE:LINE:COL: warning: MESSAGE [pageaudit-RULE]
 *   FILE:LINE:COL: note: STEP
 * sparse the same warning line and each step as "FILE:LINE:COL:    STEP".
 * srcroot, if given, is cut from the front of file names. */
enum pa_text_style { PA_TEXT_GCC, PA_TEXT_CLANG, PA_TEXT_SPARSE };
void pa_finding_print(FILE *fp, const struct pa_finding *fd, enum pa_text_style style,
		      const char *srcroot, int as_error);

/* ---- the front-end kit (session.c) ------------------------------------------------ */

/* What every front end does around its lowering, in one place: options,
 * the rule set, the JSON sink, graphs, the summary database, budgets,
 * statistics and the end-of-unit loop.  A front end:
 *   s = pa_session_new("gcc");
 *   for each argument: pa_session_option(s, key, value)   (word errors its way)
 *   pa_session_start(s, err, len)                         (one-line error)
 *   per unit: u = pa_session_unit(s); lower each function unless
 *             pa_session_too_big(s, name, nblocks); then
 *             pa_session_end_unit(s, graph_path, show, ctx, err, len)
 *   pa_session_free(s)
 */
struct pa_session;

enum pa_option_status { PA_OPT_OK, PA_OPT_UNKNOWN, PA_OPT_NEEDS_VALUE,
			PA_OPT_NO_VALUE, PA_OPT_BAD_VALUE };

struct pa_session *pa_session_new(const char *frontend);
void pa_session_free(struct pa_session *s);
/* The options every front end takes (README "arguments"):
 *   rules=FILE json=FILE graph summaries=DB werror disable verbose
 *   budget=STATES max-blocks=N */
enum pa_option_status pa_session_option(struct pa_session *s, const char *key,
					const char *value);
/* The options' names and one line of help each, for a front end's --help. */
extern const char *const pa_session_help[];
/* Load the rule set, open the JSON sink, check the summary database.  On
 * error err holds one line ("FILE:LINE: error: ..." or "pageaudit: ..."). */
int pa_session_start(struct pa_session *s, char *err, size_t errlen);
int pa_session_enabled(const struct pa_session *s);
int pa_session_verbose(const struct pa_session *s);
int pa_session_werror(const struct pa_session *s);
int pa_session_graph(const struct pa_session *s);
/* graph-object: the front end puts the unit's graph into its object, in
 * PA_GRAPH_SECTION; these are its bytes (malloc'd, NUL-terminated, *len
 * without the NUL), taken before pa_session_end_unit.  NULL if no unit. */
int pa_session_graph_object(const struct pa_session *s);
char *pa_session_graph_text(struct pa_session *s, size_t *len);
const struct pa_rules *pa_session_rules(const struct pa_session *s);
/* The unit being lowered (a new one, with the summary database, if none). */
struct pa_unit *pa_session_unit(struct pa_session *s);
/* Is a function of nblocks over the size budget?  Counted if it is. */
int pa_session_too_big(struct pa_session *s, const char *name, int nblocks);

/* How a front end shows a finding (GCC: its diagnostics; pa_finding_print
 * for a text front end). */
typedef void (*pa_show_fn)(const struct pa_finding *fd, int as_error, void *ctx);
/* pa_session_end_unit without freeing the unit: for a tool that writes
 * more of it afterwards (the merge: summaries, SARIF). */
int pa_session_report(struct pa_session *s, const char *graph_path, pa_show_fn show,
		      void *ctx, char *err, size_t errlen);
/* End of a unit: write its graph to graph_path (if the graph option is on
 * and graph_path is given), analyze it, show every finding and append it
 * to the JSON sink, then free the unit.  Returns the number of findings,
 * or -1 with err set if an output could not be written. */
int pa_session_end_unit(struct pa_session *s, const char *graph_path, pa_show_fn show,
			void *ctx, char *err, size_t errlen);
/* A unit that did not compile: dropped, nothing reported. */
void pa_session_drop_unit(struct pa_session *s);
/* The last unit's statistics as one line, for verbose. */
void pa_session_stats_line(const struct pa_session *s, char *buf, size_t len);
/* The same line for any statistics. */
void pa_stats_line(const struct pa_stats *st, int nfindings, char *buf, size_t len);

/* ---- the structured builder (builder.c) ------------------------------------------- */

/* For front ends without SSA (an AST): the builder turns locals into SSA
 * values and statements into blocks and edges, so that no front end writes
 * its own SSA construction.  It makes the function's blocks as it goes
 * (block 0 the entry), chooses every value id (a front end that uses it
 * chooses none) and owns the root keys that begin with '.'.  The front end
 * walks the body in source order and hands the builder operands: a local's
 * (pa_b_read), a temporary's (pa_b_temp), constants, and nodes it makes from
 * a local's node (s->f: pa_node_field(f, pa_node_elem(f, pa_b_local_node(b, s)), ..)).
 *   f = pa_func_new(u, ...); b = pa_b_new(f); pa_b_local() per parameter;
 *   lower the body; pa_b_finish(b, the closing brace's location, err, len)
 * Statements:
 *   x = e;            pa_b_assign(b, x, PA_OP_COPY, e, none, loc)
 *   f(a); t = f(a);   pa_b_call(b, loc, "f", 1, &a, none / t = pa_b_temp(b, node, flags))
 *   if (C) S else T   c = C; pa_b_if(b, c); S; pa_b_else(b); T; pa_b_end_if(b)
 *   while (C) S       pa_b_loop(b); c = C; pa_b_loop_test(b, c); S; pa_b_loop_end(b)
 *   for (I; C; N) S   I; pa_b_loop(b); c = C; pa_b_loop_test(b, c); S;
 *                     pa_b_loop_next(b); N; pa_b_loop_end(b)   (no C: no loop_test)
 *   do S while (C)    pa_b_loop(b); S; pa_b_loop_next(b); c = C; pa_b_loop_while(b, c)
 *   break; continue;  pa_b_break(b, loc), pa_b_continue(b, loc)
 *   switch (v) S      pa_b_switch(b, v, loc); S; pa_b_end_switch(b), S calling
 *                     pa_b_case(b, k, loc) and pa_b_default(b, loc) at its labels
 *   L: ... goto L;    l = pa_b_label(b) once per label; pa_b_place(b, l), pa_b_goto(b, l, loc)
 *   return e;         pa_b_return(b, e, loc)
 * Conditions (C above):
 *   e                 pa_b_test(b, PA_OP_NE, e, a zero constant, loc)
 *   a CMP b           pa_b_test(b, CMP, a, b, loc), CMP one of PA_OP_EQ..PA_OP_GE
 *   A && B            a = A; pa_b_and_rhs(b, a); c = pa_b_and(b, a, B)
 *   A || B            a = A; pa_b_or_rhs(b, a); c = pa_b_or(b, a, B)
 *   !A                pa_b_not(b, A)
 * Expressions:
 *   a condition's value  pa_b_cond_value(b, C): 1 or 0, a PHI
 *   C ? X : Y         pa_b_ternary(b, C); pa_b_ternary_else(b, X); v = pa_b_ternary_end(b, Y)
 *                     (X and Y lowered before each call); X ?: Y: x = X, then C is x
 *   X, Y  ({ S; E; }) nothing to call: lower X (S), then Y (E), whose operand is the value
 * Code after a return, goto, break or continue is unreachable: the builder
 * drops it, up to the next label.  Not supported: computed goto (&&label),
 * case ranges as conditions (their edges are unconditional), deciding a
 * switch on a constant, setjmp/longjmp. */
struct pa_builder;

/* The two labels a condition's exits go to, when it is true and when false. */
struct pa_b_cond {
	int t, f;
};

/* A builder for f, which has no blocks yet; pa_b_finish frees it. */
struct pa_builder *pa_b_new(struct pa_func *f);
/* End of the body: falling off it returns; a goto to a label never placed
 * and statements left open are errors.  The PHIs reach the engine now, the
 * trivial ones (one value besides themselves) as copies.  Frees b; returns
 * 0, or -1 with the first error in err (the function stays, as lowered). */
int pa_b_finish(struct pa_builder *b, struct pa_loc loc, char *err, size_t errlen);

/* Locals: a variable, or a parameter (param 1-based; 0 for a plain local).
 * name is what findings call it (NULL for a hidden one).  Every local has a
 * node: its values share it, as a variable's SSA names do. */
int pa_b_local(struct pa_builder *b, const char *name, int param);
/* PA_OPND_* of the local's type, and PA_B_MEMORY for a local that lives in
 * memory (its address is taken, an array, a struct): reads are loads and
 * writes are stores of its node.  Say it before the local is used. */
#define PA_B_MEMORY 0x100
void pa_b_local_flags(struct pa_builder *b, int local, unsigned flags);
int pa_b_local_node(struct pa_builder *b, int local);
/* The local's value here: at joins a PHI, in memory a load. */
struct pa_opnd pa_b_read(struct pa_builder *b, int local);
/* local = (a OP c), a new value of it; returns it (a store's source in memory) */
struct pa_opnd pa_b_assign(struct pa_builder *b, int local, enum pa_op op,
			   struct pa_opnd a, struct pa_opnd c, struct pa_loc loc);

/* A temporary for an expression's result: a new value, and a node of its
 * own if node is set (it may hold a page); flags: PA_OPND_* of its type. */
struct pa_opnd pa_b_temp(struct pa_builder *b, int node, unsigned flags);
/* The low-level calls at the current point: dst = (a OP c), a call (result
 * node and value -1 if the result is not used: that is what makes an
 * accessible call unchecked), a store, a return. */
void pa_b_op(struct pa_builder *b, struct pa_opnd dst, enum pa_op op,
	     struct pa_opnd a, struct pa_opnd c);
void pa_b_call(struct pa_builder *b, struct pa_loc loc, const char *callee,
	       int nargs, const struct pa_opnd *args, struct pa_opnd result);
void pa_b_store(struct pa_builder *b, struct pa_loc loc, int dst_node, struct pa_opnd src);
void pa_b_return(struct pa_builder *b, struct pa_opnd val, struct pa_loc loc);
/* The current block, for other calls of the low-level API; -1 where the
 * code is unreachable (the engine ignores block -1). */
int pa_b_block(struct pa_builder *b);

/* Conditions.  A test ends the current block with a branch on (a CMP c),
 * CMP one of PA_OP_EQ..PA_OP_GE, that the engine normalizes; a test of
 * constants is decided here (do { } while (0), for (;;) are no branches). */
struct pa_b_cond pa_b_test(struct pa_builder *b, enum pa_op cmp, struct pa_opnd a,
			   struct pa_opnd c, struct pa_loc loc);
/* !c: its labels swap, and its branch edges take the negated sense, so that
 * a path's notes speak of the condition as written. */
struct pa_b_cond pa_b_not(struct pa_builder *b, struct pa_b_cond c);
/* The right operand of lhs && rhs is lowered where lhs is true; of lhs || rhs
 * where lhs is false. */
void pa_b_and_rhs(struct pa_builder *b, struct pa_b_cond lhs);
struct pa_b_cond pa_b_and(struct pa_builder *b, struct pa_b_cond lhs, struct pa_b_cond rhs);
void pa_b_or_rhs(struct pa_builder *b, struct pa_b_cond lhs);
struct pa_b_cond pa_b_or(struct pa_builder *b, struct pa_b_cond lhs, struct pa_b_cond rhs);
/* A condition used as a value (int ok = a && b;): 1 or 0, merged with a PHI. */
struct pa_opnd pa_b_cond_value(struct pa_builder *b, struct pa_b_cond c);

/* Statements, nested as the source nests them.  ?: is an if whose arms
 * give the value (then's to pa_b_ternary_else, else's to pa_b_ternary_end). */
void pa_b_if(struct pa_builder *b, struct pa_b_cond c);
void pa_b_else(struct pa_builder *b);
void pa_b_end_if(struct pa_builder *b);
void pa_b_ternary(struct pa_builder *b, struct pa_b_cond c);
void pa_b_ternary_else(struct pa_builder *b, struct pa_opnd x);
struct pa_opnd pa_b_ternary_end(struct pa_builder *b, struct pa_opnd y);
void pa_b_loop(struct pa_builder *b);
void pa_b_loop_test(struct pa_builder *b, struct pa_b_cond c);
void pa_b_loop_next(struct pa_builder *b);
void pa_b_loop_end(struct pa_builder *b);
void pa_b_loop_while(struct pa_builder *b, struct pa_b_cond c);
void pa_b_break(struct pa_builder *b, struct pa_loc loc);
void pa_b_continue(struct pa_builder *b, struct pa_loc loc);
/* Cases are edges taken when v's value equals k; default and the end of a
 * switch without one are unconditional. */
void pa_b_switch(struct pa_builder *b, struct pa_opnd v, struct pa_loc loc);
void pa_b_case(struct pa_builder *b, long k, struct pa_loc loc);
void pa_b_case_range(struct pa_builder *b, long lo, long hi, struct pa_loc loc);
void pa_b_default(struct pa_builder *b, struct pa_loc loc);
void pa_b_end_switch(struct pa_builder *b);
/* A goto label: placed once, jumped to from anywhere before or after. */
int pa_b_label(struct pa_builder *b);
void pa_b_place(struct pa_builder *b, int label);
void pa_b_goto(struct pa_builder *b, int label, struct pa_loc loc);

#endif
