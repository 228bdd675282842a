/* SPDX-License-Identifier: GPL-2.0 */
/* The engine's data structures, shared by unit.c, ir.c, report.c and the
 * analysis (analysis.h). */
#ifndef PA_ENGINE_H
#define PA_ENGINE_H

#include "pageaudit.h"
#include "internal.h"

enum node_kind { N_ROOT, N_FIELD, N_ELEM, N_ADDR };

struct node {
	int parent;		/* union-find */
	enum node_kind kind;
	int base;		/* FIELD, ELEM, ADDR: the node it was made from */
	const char *key;	/* ROOT */
	const char *display;	/* ROOT: the name; others: built on demand */
	const char *tag, *field;/* FIELD */
	int param;		/* ROOT: 1-based parameter, 0 if none */
	int collection;		/* an element set (pages[]): release keeps state */
	int global;		/* the class holds a global variable */
	int child, sibling;	/* FIELD/ELEM/ADDR nodes made from this class */
	int uni;		/* FIELD: a union member's group node (its memory), or -1 */
};

struct value_def {
	int defined;
	int src;
	int is_cmp;
	int is_const;		/* dst = k */
	enum pa_cmp op;
	long k;
	int is_test;		/* v is (src has signs tmask), from a test rule */
	unsigned char tmask;
	int is_signs;		/* v has signs smask (a sign rule: ERR_PTR) */
	unsigned char smask;
};

/* I_BIND: the location dst_node now holds what res.node holds (a copy, a
 * load, a cast): what makes objects flow-sensitive (explore.c) */
enum instr_kind { I_CALL, I_STORE, I_DEF, I_RETURN, I_SETCONST, I_LOAD, I_BIND };

/* EV_BIND: a callee puts src_node's page into node (a summary's alias:
 * folio_batch_add() stores its folio into the batch); no typestate event.
 * EV_MAP: a callee maps the list node (its summary's map): the I/O of the
 * pages the list carries, nothing else. */
enum ev_kind { EV_MARK, EV_MARK_ACCESSIBLE, EV_ACCESSIBLE, EV_RELEASE, EV_IO,
	       EV_SUMMARY, EV_BIND, EV_MAP, EV_MARK_NESTED, EV_NEUTRAL_GET, EV_NEUTRAL_PUT };

struct event {
	enum ev_kind kind;
	int node;		/* the object (canonical after resolution) */
	int opnode;		/* the node as written at the call, for names */
	unsigned char when;	/* sign mask of the result under which it applies */
	int checked;		/* accessible: the result is used */
	const struct pa_rule *rule;
	struct slot *slot;	/* EV_SUMMARY */
	int flag_node;		/* EV_SUMMARY: the caller's cell for the callee's flag */
	const char *callee;
	int cond_value;		/* if:COND(argN): the value COND(argN) is, or -1 */
	int cond_sense;		/* the effect happens when it is true (1) or false */
	int src_node;		/* EV_BIND: where the page comes from */
	/* EV_IO of a page put into a list (sg_set_page(): a carry): the list's
	 * node, or -1; the list's mapping later in the function is the I/O
	 * (deferred), else a caller's list takes the page (to_caller), else
	 * the store is the I/O */
	int carrier;
	unsigned char deferred, to_caller;
	unsigned char maps;	/* EV_IO, EV_MAP: maps a list that carries pages */
};

struct instr {
	enum instr_kind kind;
	struct pa_loc loc;
	const char *callee;
	int nargs;
	struct pa_opnd *args;
	struct pa_opnd res;	/* call result, stored value, returned value */
	int dst_node;		/* STORE */
	int value;		/* DEF */
	struct event *ev;
	int nev, cap_ev;
};

struct edge {
	int to;
	int value;		/* -1: unconditional */
	enum pa_cmp op;
	long k;
	int sense;
	struct pa_loc loc;
	/* an edge taken when (rel_a REL_OP rel_b), two values (a loop's
	 * i < n); rel_a -1 if not; value is then -1 */
	int rel_a, rel_b, rel_uns;
	enum pa_cmp rel_op;
};

/* dst = src OP k, OP one of PA_OP_ADD, PA_OP_AND, PA_OP_OR: the signs of
 * counters and the bits of flag words; op PA_OP_COPY where none. */
struct value_arith {
	enum pa_op op;
	int src;
	long k;
};

struct phi {
	int from, dst;
	int dst_node;		/* the location the PHI defines, or -1 */
	struct pa_opnd src;
};

struct block {
	struct phi *phi;
	int nphi, cap_phi;
	struct instr *ins;
	int nins, cap_ins;
	struct edge *succ;
	int nsucc, cap_succ;
};

/* Typestates of DESIGN.md; MARKED_EARLY is MARKED reached from EARLY and
 * READY_UNCHECKED is READY through an accessible call whose result was
 * dropped.  typestate.c maps them to the design's table. */
enum ts { TS_UNTRACKED, TS_MARKED, TS_MARKED_EARLY, TS_READY,
	  TS_READY_UNCHECKED, TS_EARLY, TS_RELEASED, TS_COUNT };

enum rule_id {
#define PA_RULE(e, id, name, desc, msg) e,
#include "rule-ids.def"
#undef PA_RULE
	R_COUNT
};

/* Signs of an integer result, as a mask. */
#define SG_NEG  1
#define SG_ZERO 2
#define SG_POS  4
#define SG_ALL  7

/* What a function does to one object reachable from its parameters or its
 * result, for each state the object is in at entry. */
#define SLOT_STEPS 3
struct slot_entry {
	unsigned char exit_sign[TS_COUNT];	/* result signs at each exit state */
	unsigned char flag_sign[TS_COUNT];	/* the flag's signs at each exit state */
	unsigned char pend_sign;		/* result signs of READY_UNCHECKED exits
						 * that return the accessible result
						 * untested: the caller's test checks it */
	unsigned rules;				/* findings the entry state causes */
	struct pa_loc io_loc[R_COUNT];
	const char *io_callee[R_COUNT];
	int unknown;				/* analysis dropped: identity */
};

struct slot {
	int param;			/* 1-based; 0: the result */
	int nsteps;
	struct { int elem; const char *tag, *field; } step[SLOT_STEPS];
	struct slot_entry e[TS_COUNT];
};

/* A path from a parameter: param, then elements and fields. */
struct spath {
	int param;
	int nsteps;
	struct { int elem; const char *tag, *field; } step[SLOT_STEPS];
};

/* Two parameter paths the function makes one object (folio_batch_add
 * stores its folio into fbatch->folios[]). */
struct alias {
	struct spath a, b;
};

struct summary {
	struct slot *slot;
	int nslot, cap;
	struct spath flag;	/* an out-parameter flag (*allocated = true) */
	int has_flag;
	struct alias *alias;
	int nalias, cap_alias;
	/* carriers: the function puts the page of path a into the list of path
	 * b, which it does not map (carry); it maps the lists of these paths
	 * (map): its callers check the pages at their mapping */
	struct alias *carry;
	int ncarry, cap_carry;
	struct spath *map;
	int nmap, cap_map;
};

struct pa_func {
	struct pa_unit *unit;
	const char *name;
	struct pa_loc loc;
	void *fe_decl;
	struct node *node;
	int nnode, cap_node;
	struct value_def *vdef;
	int cap_vdef;
	struct value_arith *arith;	/* per value, at its pa_def_arith() */
	int cap_arith;
	struct block *blk;
	int nblk, cap_blk, entry;
	int *root_hash;		/* ROOT key -> node, open addressing */
	int root_cap, nroot;
	struct summary sum;
	int has_sum;
	int is_static;		/* visible in its translation unit only */
	int tu;			/* translation unit, when a unit holds several */
	int external;		/* a summary from a database: no body */
	int next_same;		/* next function of the same name, or -1 */
	const struct pa_rules *rules_applied;	/* pa_func_apply_rules done */
	int *loc_of;		/* per node, its memory location (events.c) */
	int no_binds;		/* read from a graph without binds (format 2):
				 * objects are followed flow-insensitively */
	int synth_base;		/* values for predicates of objects: base + class */
	int passes;		/* analyses its component needed */
	/* call graph */
	int index, low, onstack, visited;
};

struct pa_unit {
	const struct pa_rules *rules;
	const char *frontend;	/* who lowered the unit: gcc, sparse, clang */
	const char *graph_frontend;	/* the first graph file's */
	struct pa_strtab str;
	struct pa_func **fn;
	int nfn, cap_fn;
	int *fn_hash;		/* name -> first function index, -1 empty */
	int fn_hash_cap;
	int cur_tu;
	int max_passes, unconverged;
	struct pa_finding *fd;
	int nfd, cap_fd;
	int budget;
	struct pa_stats stats;
	uint64_t *graphs_seen;	/* hashes of the graphs read (objfile.c) */
	size_t graphs_seen_n, graphs_seen_cap;
	int graphs_read, graphs_dup;
};

const char *pa_str(struct pa_unit *u, const char *s);
int pa_unit_read_graph_text(struct pa_unit *u, const char *name, const char *buf, size_t len,
			    char *err, size_t errlen);
int pa_find(struct pa_func *f, int n);
const char *pa_node_display(struct pa_func *f, int n);
void pa_finding_free(struct pa_finding *fd);
void pa_root_index(struct pa_func *f, int n);
const char *pa_node_display_depth(struct pa_func *f, int n, int depth);
void pa_func_apply_rules(struct pa_func *f);
void pa_def_arith(struct pa_func *f, int block, int value, enum pa_op op,
		  int src, long k);
void pa_edge_rel(struct pa_func *f, int from, int to, int a, enum pa_cmp op,
		 int b, int uns, int sense, struct pa_loc loc);
const struct value_arith *pa_value_arith(const struct pa_func *f, int v);
void pa_bind(struct pa_func *f, int block, int dst, int src);
struct pa_func *pa_unit_func(struct pa_unit *u, const struct pa_func *caller,
			      const char *name);


#endif
