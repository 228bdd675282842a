/* SPDX-License-Identifier: GPL-2.0 */
/* What the analysis's files (typestate, signs, explore, events, summary,
 * callgraph, findings) share; not part of the engine's API. */
#ifndef PA_ANALYSIS_H
#define PA_ANALYSIS_H

#include "engine.h"

/* ---- path states --------------------------------------------------------- */

#define MAXCONS 16
/* locations of one class followed flow-sensitively (explore.c) */
#define LB_BITS 32
/* A memory cell (an out-parameter flag) is kept among the values' signs
 * under a key no value has. */
#define MEMKEY(cls) (-(cls) - 3)

struct wstep {
	struct wstep *prev;
	enum pa_step_kind kind;
	struct pa_loc loc;
	const char *callee;	/* or, for a branch, NULL */
	int taken;		/* branch: 1 true, 0 false, 2 switch case */
	const char *inner;	/* summary: the primitive inside the callee */
	struct pa_loc inner_loc;
	/* the callee's summary was applied to the object here (WS_SUMMARY); a
	 * WS_USED step only records that (the state did not change) and is
	 * not a note of the path */
	unsigned char used;
};
enum { WS_SUMMARY = 1, WS_USED = 2 };

struct pstate {
	unsigned char ts, from_entry, ncons;
	unsigned char nested;	/* markers taken on top of one already held */
	unsigned char handed;	/* the path handed the object to I/O */
	/* READY_UNCHECKED whose accessible result (value pend - 1) no test
	 * has seen yet: a test that rules out failure makes it READY */
	int pend;
	/* flow-sensitive objects (explore.c): which page each location of the
	 * object's class written by the function holds (explore.lb), and which
	 * page the state is about */
	unsigned char cur;
	unsigned char id[LB_BITS];
	/* the list that carries the page until its mapping (node + 1), or 0 */
	int carrier;
	struct { int value; unsigned char mask; } cons[MAXCONS];
	struct wstep *w;
};

/* Arena for witness steps of one exploration. */
struct arena {
	struct wstep **chunk;
	int nchunk, cap, used;
};

/* The bits mask of a flag word value that a test (flags & mask) reads: kept
 * among the signs under BITKEY(index), zero or nonzero. */
struct bitkey {
	int value;
	long mask;
};
#define BITKEY(i) (-(1 << 28) - (i))

/* ---- one exploration: an object from one entry state ----------------------- */

struct explore {
	struct pa_func *f;
	int obj;			/* canonical node */
	int entry;			/* entry typestate */
	int report;			/* record findings (else only the summary) */
	unsigned char *interesting;	/* per value */
	int ninteresting;
	unsigned char *icell;		/* per node class: a flag cell followed */
	int flag_class;			/* the function's own out-parameter flag */
	struct bitkey *bk;		/* flag words' bits the tests read */
	int nbk;
	struct arena arena;
	struct work *work;
	int nwork, capwork;
	uint64_t **seen;		/* per block: open-addressed hashes */
	int *seen_cap, *seen_n;
	int states, dropped;
	struct slot_entry *sum;		/* the object's slot, if a parameter */
	struct slot_entry *retsum;	/* the result's slot */
	struct finding_list *out;
	/* flow-sensitive objects: per node of the class, its location's bit
	 * in pstate.hold (0..LB_FIXED) or an LB_* code */
	int *lb;
	unsigned char *parent;		/* per class: events on it reach obj too */
	int class_exempt;		/* the class holds an exempt global's address */
};

/* explore.lb codes: 0..LB_BITS-1 a location the function writes; the
 * others: */
#define LB_FIXED	(-4)	/* never written here: holds the page it had at entry */
#define LB_OUT		(-3)	/* not a node of the object's class */
#define LB_ALWAYS	(-2)	/* a location over LB_BITS: not followed */
#define LB_EXEMPT	(-1)	/* an exempt global's address (the zero page) */

struct found {
	int rule;
	struct pa_loc loc;
	int obj;
	int opnode;
	const char *callee;
	struct wstep *w;
	const char *inner;
	struct pa_loc inner_loc;
};

struct finding_list {
	struct found *f;
	int n, cap;
};

/* The path from a parameter to node n's class, if it has one. */
struct ppath {
	int param;
	int nsteps;
	int elem[SLOT_STEPS];
	const char *tag[SLOT_STEPS], *field[SLOT_STEPS];
};

/* typestate.c */
int ts_after(int ts, enum ev_kind k, int checked, int collection);
unsigned io_rules(int ts);
int marked(int ts);
enum pa_step_kind step_for(enum ev_kind k);

/* signs.c; resolve() returns CONST_ROOT for a value derived from a constant */
#define CONST_ROOT (-2)
unsigned sign_of(enum pa_cmp op, long k);
unsigned sign_const(long k);
int resolve(struct pa_func *f, int v, unsigned *mask);
unsigned when_mask(const struct pa_rule *r);
int copy_root(struct pa_func *f, int v, unsigned *mask);
unsigned add_sign(unsigned m, long k);
int rel_narrow(enum pa_cmp op, int uns, unsigned *ma, unsigned *mb);
extern _Thread_local int cons_lost;
unsigned cons_get(const struct pstate *s, int v);
int cons_and(struct pstate *s, int v, unsigned mask);
void cons_kill(struct pstate *s, int v);

/* explore.c */
void explore_run(struct explore *x);

/* events.c */
int is_primitive(struct pa_unit *u, const char *name);
void resolve_events(struct pa_func *f);
int exempt_node(struct pa_func *f, int n);
int exempt(struct pa_func *f, int obj);
int carrier_covers(struct pa_func *f, int cls, int carrier);
unsigned char *interesting_values(struct pa_func *f, int *nval);
struct bitkey *bit_keys(struct pa_func *f, int *n);
int bits_walk(struct pa_func *f, int v, long *mask, long *cst);
unsigned char *flag_cells(struct pa_func *f, const struct ppath *pp,
			  unsigned char *iv, int niv, struct summary *sum,
			  int *own);

/* summary.c */
int analyze_func(struct pa_func *f, int report);

/* findings.c */
void make_findings(struct pa_func *f, struct finding_list *l);
int finding_cmp(const void *a, const void *b);

#endif
