// SPDX-License-Identifier: GPL-2.0
/*
 * Engine unit tests: control-flow graphs built by hand through the public
 * API, as any front end would, checked for their exact findings.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include "pageaudit.h"
#include "test-util.h"

static struct pa_rules *R;
static int passed, failed;

static struct pa_loc L(int line)
{
	struct pa_loc l = { "t.c", line, 1, 0 };

	return l;
}

static struct pa_opnd O(int node)
{
	struct pa_opnd o = { node, -1, 0, 0, 0 };

	return o;
}

static struct pa_opnd V(int node, int value)
{
	struct pa_opnd o = { node, value, 0, 0, 0 };

	return o;
}

static struct pa_opnd K(long k)
{
	struct pa_opnd o = { -1, -1, 1, k, 0 };

	return o;
}

static const struct pa_opnd NONE = { -1, -1, 0, 0, 0 };

static void call1(struct pa_func *f, int b, int line, const char *fn, struct pa_opnd a,
		  struct pa_opnd res)
{
	pa_call(f, b, L(line), fn, 1, &a, res);
}

/* bio_add_page(bio, page, len, off) */
static void io(struct pa_func *f, int b, int line, int page)
{
	struct pa_opnd a[4] = { NONE, O(page), K(4096), K(0) };

	pa_call(f, b, L(line), "bio_add_page", 4, a, NONE);
}

static void edge(struct pa_func *f, int from, int to)
{
	pa_edge(f, from, to, -1, PA_EQ, 0, -1, L(0));
}

/* if (v == 0) goto ok; else goto fail;  (v: the accessible call's result) */
static void checked(struct pa_func *f, int from, int ok, int fail, int v)
{
	pa_edge(f, from, ok, v, PA_EQ, 0, 1, L(0));
	pa_edge(f, from, fail, v, PA_NE, 0, 0, L(0));
}

/* get_page(p); r = arch_make_page_accessible(p); [if (r) return;] io(p) */
static struct pa_func *kept_result(struct pa_unit *u, int test)
{
	struct pa_func *f = pa_func_new(u, "f", L(1), NULL);
	int p;

	pa_func_set_blocks(f, 4, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "arch_make_page_accessible", O(p), V(-1, 5));
	if (test)
		checked(f, 1, 2, 3, 5);
	else
		edge(f, 1, 2);
	io(f, 2, 12, p);
	return f;
}

static void expect(const char *name, struct pa_unit *u, const char *want)
{
	char got[2048];

	pa_unit_analyze(u);
	findings(u, got, sizeof(got));
	if (!strcmp(got, want)) {
		passed++;
		printf("ok %s\n", name);
	} else {
		failed++;
		printf("FAIL %s\n    want: %s\n    got:  %s\n", name, want, got);
	}
	pa_unit_free(u);
}

/* A straight-line function: entry block 0 -> 1 -> exit 2. */
static struct pa_func *straight(struct pa_unit *u, const char *name)
{
	struct pa_func *f = pa_func_new(u, name, L(1), NULL);

	pa_func_set_blocks(f, 3, 0);
	edge(f, 0, 1);
	edge(f, 1, 2);
	return f;
}

/* Blocks 0 -> 1; block 1 ends with if (v == 0) goto 2; else goto 3 (v: an
 * accessible call's result, tested before what block 2 does). */
static struct pa_func *checked_straight(struct pa_unit *u, const char *name, int v)
{
	struct pa_func *f = pa_func_new(u, name, L(1), NULL);

	pa_func_set_blocks(f, 4, 0);
	edge(f, 0, 1);
	checked(f, 1, 2, 3, v);
	return f;
}

static void t_rules(void)
{
	struct {
		const char *text, *want;
	} c[] = {
		{ "mark get_page arg1 - inline\n", NULL },
		{ "mark get_page arg1 -\n", "r.rules:1: error: expected 5 columns" },
		{ "# c\n\nfrob get_page arg1 - inline\n", "r.rules:3: error: unknown role 'frob'" },
		{ "mark get_page arg0 - inline\n", "r.rules:1: error: unknown object 'arg0'" },
		{ "mark get_page arg1 ret<=0 inline\n", "r.rules:1: error: unknown condition" },
		{ "mark get_page arg1 - weird\n", "r.rules:1: error: unknown kind" },
		{ "mark get_page arg1 - inline\nmark get_page arg1 - inline\n",
		  "r.rules:2: error: duplicate rule for 'get_page'" },
		{ "same folio_page arg1 - macro\n", "r.rules:1: error: role 'same' takes" },
		{ "io pipe_buffer store - field\n", "r.rules:1: error: a field rule names" },
		{ "io sg_set_page arg2@arg1 - inline\n", NULL },
		{ "io scatterlist.page_link store@struct - field\n", NULL },
		{ "io sg_set_page arg2@arg2 - inline\n", "r.rules:1: error: bad carried object" },
		{ "mark sg_set_page arg2@arg1 - inline\n", "r.rules:1: error: a carried object" },
		{ "", "r.rules: error: no rules" },
	};
	char err[256];
	unsigned i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct pa_rules *r = pa_rules_parse(c[i].text, "r.rules", err, sizeof(err));
		int ok = c[i].want ? !r && !strncmp(err, c[i].want, strlen(c[i].want)) : r != NULL;

		if (ok) {
			passed++;
			printf("ok rules-%u\n", i);
		} else {
			failed++;
			printf("FAIL rules-%u: want '%s', got '%s'\n", i,
			       c[i].want ? c[i].want : "(parsed)", r ? "(parsed)" : err);
		}
		pa_rules_free(r);
	}
	{
		struct pa_rules *r = pa_rules_load("/nonexistent/x.rules", err, sizeof(err));
		int ok = !r && strstr(err, "/nonexistent/x.rules: error: cannot open");

		ok ? passed++ : failed++;
		printf("%s rules-missing-file\n", ok ? "ok" : "FAIL");
	}
}

static void t_basic(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	int p;

	/* get_page; bio_add_page */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	io(f, 1, 11, p);
	pa_return(f, 1, L(12), NONE);
	expect("missing-accessible", u, "missing-accessible:11:f");

	/* get_page; ret = arch_make_page_accessible; if (ret) return; bio_add_page */
	u = pa_unit_new(R);
	kept_result(u, 1);
	expect("ready-is-clean", u, "");

	/* the same with the result kept and never tested */
	u = pa_unit_new(R);
	kept_result(u, 0);
	expect("result-kept-untested", u, "unchecked-accessible:12:f");

	/* accessible before the mark */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "arch_make_page_accessible", O(p), V(-1, 5));
	call1(f, 1, 11, "get_page", O(p), NONE);
	io(f, 1, 12, p);
	expect("accessible-before-mark", u, "accessible-before-mark:12:f");

	/* result of accessible dropped */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "arch_make_page_accessible", O(p), NONE);
	io(f, 1, 12, p);
	expect("unchecked-accessible", u, "unchecked-accessible:12:f");

	/* released, then I/O */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "arch_make_page_accessible", O(p), V(-1, 5));
	call1(f, 1, 12, "put_page", O(p), NONE);
	io(f, 1, 13, p);
	expect("io-after-release", u, "io-after-release:13:f");

	/* two references, one dropped: still marked */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "get_page", O(p), NONE);
	call1(f, 1, 12, "put_page", O(p), NONE);
	io(f, 1, 13, p);
	expect("nested-references", u, "missing-accessible:13:f");

	/* untracked: the caller's obligation */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	io(f, 1, 13, p);
	expect("untracked-is-clean", u, "");

	/* pin_user_pages is mark+accessible */
	u = pa_unit_new(R);
	f = straight(u, "f");
	{
		int arr = pa_node_root(f, "a", "pages", 0);
		struct pa_opnd a[5] = { NONE, NONE, NONE, O(arr), NONE };

		pa_call(f, 1, L(10), "pin_user_pages", 5, a, V(-1, 3));
		io(f, 1, 11, pa_node_elem(f, arr));
	}
	expect("pin-is-clean", u, "");
}

static void t_paths(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	int p, r;

	/* r = try_get_page(p); if (r == 0) { io } else { io }  */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "try_get_page", O(p), V(-1, 7));
	pa_edge(f, 1, 2, 7, PA_EQ, 0, 1, L(11));
	pa_edge(f, 1, 3, 7, PA_NE, 0, 0, L(11));
	io(f, 2, 12, p);
	io(f, 3, 14, p);
	edge(f, 2, 4);
	edge(f, 3, 4);
	expect("conditional-mark", u, "missing-accessible:14:f");

	/* the same through "r2 = !r; if (r2 != 0)" */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "try_get_page", O(p), V(-1, 7));
	pa_value_cmp(f, 8, 7, PA_EQ, 0);
	pa_edge(f, 1, 2, 8, PA_NE, 0, 1, L(11));
	pa_edge(f, 1, 3, 8, PA_EQ, 0, 0, L(11));
	io(f, 2, 12, p);
	io(f, 3, 14, p);
	edge(f, 2, 4);
	edge(f, 3, 4);
	expect("conditional-mark-negated", u, "missing-accessible:14:f");

	/* n = get_user_pages(.., pages); if (n <= 0) return; loop { io(pages[i]) } */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 6, 0);
	edge(f, 0, 1);
	{
		int arr = pa_node_root(f, "a", "pages", 0);
		struct pa_opnd a[5] = { NONE, NONE, NONE, O(arr), NONE };

		pa_call(f, 1, L(10), "get_user_pages", 5, a, V(-1, 3));
		pa_edge(f, 1, 5, 3, PA_LE, 0, 1, L(11));
		pa_edge(f, 1, 2, 3, PA_GT, 0, 0, L(11));
		edge(f, 2, 3);
		/* loop header 3: body 4 or exit 5 */
		edge(f, 3, 4);
		edge(f, 3, 5);
		r = pa_node_root(f, "tmp", NULL, 0);
		pa_node_same(f, r, pa_node_elem(f, arr));
		io(f, 4, 13, r);
		call1(f, 4, 14, "put_page", O(r), NONE);
		edge(f, 4, 3);
		pa_return(f, 5, L(16), V(-1, 3));
	}
	expect("gup-loop", u, "missing-accessible:13:f");

	/* switch (x) { case 1: accessible; break; default: ; } io */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	pa_edge(f, 1, 2, 9, PA_EQ, 1, -1, L(11));
	pa_edge(f, 1, 3, -1, PA_EQ, 0, -1, L(11));
	call1(f, 2, 12, "arch_make_page_accessible", O(p), V(-1, 4));
	checked(f, 2, 3, 4, 4);
	io(f, 3, 14, p);
	edge(f, 3, 4);
	expect("switch", u, "missing-accessible:14:f");

	/* a loop that marks, makes accessible, does I/O, releases: clean */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 0);
	edge(f, 1, 2);
	edge(f, 1, 3);
	call1(f, 2, 10, "get_page", O(p), NONE);
	call1(f, 2, 11, "arch_make_page_accessible", O(p), V(-1, 4));
	checked(f, 2, 4, 3, 4);
	io(f, 4, 12, p);
	call1(f, 4, 13, "put_page", O(p), NONE);
	edge(f, 4, 1);
	expect("loop-clean", u, "");

	/* correlated tests of one flag: if (x) get_page; ...; if (x) accessible; io */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 7, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	pa_edge(f, 1, 2, 6, PA_NE, 0, 1, L(10));
	pa_edge(f, 1, 3, 6, PA_EQ, 0, 0, L(10));
	call1(f, 2, 11, "get_page", O(p), NONE);
	edge(f, 2, 3);
	pa_edge(f, 3, 4, 6, PA_NE, 0, 1, L(12));
	pa_edge(f, 3, 5, 6, PA_EQ, 0, 0, L(12));
	call1(f, 4, 13, "arch_make_page_accessible", O(p), V(-1, 4));
	checked(f, 4, 5, 6, 4);
	io(f, 5, 14, p);
	expect("correlated-branches", u, "");
}

static void t_objects(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	int p, q, s, fld, fo;

	/* q = (struct folio *)_compound_head(p); folio_get(q); io(p) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	q = pa_node_root(f, "q", "folio", 0);
	call1(f, 1, 10, "_compound_head", V(p, 1), V(q, 2));
	call1(f, 1, 11, "folio_get", O(q), NONE);
	io(f, 1, 12, p);
	expect("compound-head", u, "missing-accessible:12:f");

	/* folio_get(folio); io(&folio->page) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	fo = pa_node_root(f, "fo", "folio", 1);
	call1(f, 1, 10, "folio_get", O(fo), NONE);
	io(f, 1, 11, pa_node_addr(f, pa_node_field(f, pa_node_elem(f, fo), "folio", "page")));
	expect("folio-page-field", u, "missing-accessible:11:f");

	/* s->cur_page = p; get_page(p); io(s->cur_page) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	s = pa_node_root(f, "s", "s", 1);
	p = pa_node_root(f, "p", "page", 2);
	fld = pa_node_field(f, pa_node_elem(f, s), "sub", "cur_page");
	pa_store(f, 1, L(9), fld, O(p));
	call1(f, 1, 10, "get_page", O(p), NONE);
	io(f, 1, 11, pa_node_field(f, pa_node_elem(f, s), "sub", "cur_page"));
	expect("field-path", u, "missing-accessible:11:f");

	/* buf->page = page after get_page: a store is the I/O */
	u = pa_unit_new(R);
	f = straight(u, "f");
	s = pa_node_root(f, "b", "buf", 1);
	p = pa_node_root(f, "p", "page", 2);
	call1(f, 1, 10, "get_page", O(p), NONE);
	pa_store(f, 1, L(11), pa_node_field(f, pa_node_elem(f, s), "pipe_buffer", "page"), O(p));
	expect("pipe-store", u, "missing-accessible:11:f");

	/* n = iov_iter_get_pages_alloc2(i, &pages, ...); io(pages[0]) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "pages", "pages", 0);
	{
		struct pa_opnd a[4] = { NONE, O(pa_node_addr(f, p)), NONE, NONE };

		pa_call(f, 1, L(10), "iov_iter_get_pages_alloc2", 4, a, NONE);
	}
	io(f, 1, 11, pa_node_elem(f, p));
	expect("out-alloc", u, "missing-accessible:11:f");

	/* an element released does not release the array */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 4, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "pages", "pages", 0);
	{
		struct pa_opnd a[5] = { NONE, NONE, NONE, O(p), NONE };

		pa_call(f, 1, L(10), "get_user_pages", 5, a, NONE);
	}
	call1(f, 1, 11, "arch_make_page_accessible", O(pa_node_elem(f, p)), V(-1, 4));
	checked(f, 1, 2, 3, 4);
	call1(f, 2, 12, "put_page", O(pa_node_elem(f, p)), NONE);
	io(f, 2, 13, pa_node_elem(f, p));
	expect("array-release", u, "");
}

/* Correlated values and error values (issue 8): each graph in a clean and a
 * buggy form, told apart by one constant or one comparison. */
static struct pa_opnd VV(int value)
{
	struct pa_opnd o = { -1, value, 0, 0, 0 };

	return o;
}

/* get_page; retry: r = accessible; if (r == -EAGAIN) goto retry;
 * [if (r) return;] io */
static void one_error_code(int all)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = pa_func_new(u, "f", L(1), NULL);
	int p = pa_node_root(f, "p", "page", 1);

	pa_func_set_blocks(f, 5, 0);
	call1(f, 0, 10, "get_page", O(p), NONE);
	edge(f, 0, 1);
	call1(f, 1, 11, "arch_make_page_accessible", O(p), VV(5));
	pa_edge(f, 1, 1, 5, PA_EQ, -11, 1, L(12));
	if (all) {
		pa_edge(f, 1, 2, 5, PA_NE, -11, 0, L(12));
		checked(f, 2, 3, 4, 5);
	} else {
		pa_edge(f, 1, 3, 5, PA_NE, -11, 0, L(12));
	}
	io(f, 3, 14, p);
	expect(all ? "one-error-code-then-all" : "one-error-code", u,
	       all ? "" : "unchecked-accessible:14:f");
}

/* g(p) { return arch_make_page_accessible(p); }
 * f: get_page; [if (g(p)) return; | g(p);] io */
static void helper_returns_result(int tested)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *g = straight(u, "g");
	struct pa_func *f;
	int p = pa_node_root(g, "p", "page", 1);

	call1(g, 1, 5, "arch_make_page_accessible", O(p), VV(3));
	pa_return(g, 1, L(6), VV(3));
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 4, 0);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 0, 10, "get_page", O(p), NONE);
	call1(f, 0, 11, "g", O(p), tested ? VV(7) : NONE);
	if (tested)
		checked(f, 0, 1, 2, 7);
	else
		edge(f, 0, 1);
	io(f, 1, 12, p);
	expect(tested ? "helper-result-tested" : "helper-result-ignored", u,
	       tested ? "" : "unchecked-accessible:12:f");
}

/* t = 3; while (t > 0) { get_page; if (!accessible) break; put_page; t--; }
 * if (t == 0 [bug: t < 0]) return; io */
static void retry_counter(int bug)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = pa_func_new(u, "f", L(1), NULL);
	int p = pa_node_root(f, "p", "page", 1);

	pa_func_set_blocks(f, 7, 0);
	edge(f, 0, 1);
	pa_phi(f, 0, 1, VV(10), K(3));
	pa_edge(f, 1, 2, 10, PA_GT, 0, 1, L(11));
	pa_edge(f, 1, 4, 10, PA_LE, 0, 0, L(11));
	call1(f, 2, 12, "get_page", O(p), NONE);
	call1(f, 2, 13, "arch_make_page_accessible", O(p), VV(11));
	checked(f, 2, 4, 3, 11);
	call1(f, 3, 14, "put_page", O(p), NONE);
	pa_assign(f, 3, VV(12), PA_OP_ADD, VV(10), K(-1));
	edge(f, 3, 1);
	pa_phi(f, 3, 1, VV(10), VV(12));
	pa_edge(f, 4, 6, 10, bug ? PA_LT : PA_EQ, 0, 1, L(16));
	pa_edge(f, 4, 5, 10, bug ? PA_GE : PA_NE, 0, 0, L(16));
	io(f, 5, 20, p);
	expect(bug ? "retry-counter-wrong-test" : "retry-counter", u,
	       bug ? "io-after-release:20:f" : "");
}

/* s = 1 [bug: 5]; get_page; if (w) { if (accessible) return; s |= 4; }
 * if (s & 4) io */
static void flag_word(int bug)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = pa_func_new(u, "f", L(1), NULL);
	int p = pa_node_root(f, "p", "page", 1);

	pa_func_set_blocks(f, 7, 0);
	pa_value_const(f, 21, bug ? 5 : 1);
	call1(f, 0, 10, "get_page", O(p), NONE);
	pa_edge(f, 0, 1, 20, PA_NE, 0, 1, L(11));
	pa_edge(f, 0, 2, 20, PA_EQ, 0, 0, L(11));
	call1(f, 1, 12, "arch_make_page_accessible", O(p), VV(25));
	checked(f, 1, 3, 6, 25);
	pa_assign(f, 3, VV(22), PA_OP_OR, VV(21), K(4));
	edge(f, 3, 2);
	pa_phi(f, 3, 2, VV(23), VV(22));
	pa_phi(f, 0, 2, VV(23), VV(21));
	pa_assign(f, 2, VV(24), PA_OP_AND, VV(23), K(4));
	pa_edge(f, 2, 4, 24, PA_NE, 0, 1, L(18));
	pa_edge(f, 2, 5, 24, PA_EQ, 0, 0, L(18));
	io(f, 4, 20, p);
	expect(bug ? "flag-word-set-elsewhere" : "flag-word", u,
	       bug ? "missing-accessible:20:f" : "");
}

/* get_page; for (i = 0 [bug: 1]; i < n; i++) if (accessible) return;
 * for (j = 0; j < n; j++) io */
static void two_loops(int bug)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = pa_func_new(u, "f", L(1), NULL);
	int p = pa_node_root(f, "p", "page", 1);

	pa_func_set_blocks(f, 8, 0);
	call1(f, 0, 10, "get_page", O(p), NONE);
	edge(f, 0, 1);
	pa_phi(f, 0, 1, VV(31), K(bug ? 1 : 0));
	pa_branch(f, 1, 2, 1, PA_OP_LT, VV(31), VV(30), L(11));
	pa_branch(f, 1, 3, 0, PA_OP_LT, VV(31), VV(30), L(11));
	call1(f, 2, 12, "arch_make_page_accessible", O(p), VV(32));
	checked(f, 2, 7, 6, 32);
	pa_assign(f, 7, VV(33), PA_OP_ADD, VV(31), K(1));
	edge(f, 7, 1);
	pa_phi(f, 7, 1, VV(31), VV(33));
	edge(f, 3, 4);
	pa_phi(f, 3, 4, VV(34), K(0));
	pa_branch(f, 4, 5, 1, PA_OP_LT, VV(34), VV(30), L(14));
	pa_branch(f, 4, 6, 0, PA_OP_LT, VV(34), VV(30), L(14));
	io(f, 5, 20, p);
	pa_assign(f, 5, VV(35), PA_OP_ADD, VV(34), K(1));
	edge(f, 5, 4);
	pa_phi(f, 5, 4, VV(34), VV(35));
	expect(bug ? "two-loops-first-short" : "two-loops", u,
	       bug ? "missing-accessible:20:f" : "");
}

static void t_values(void)
{
	int bug;

	for (bug = 0; bug < 2; bug++) {
		one_error_code(!bug);
		helper_returns_result(!bug);
		retry_counter(bug);
		flag_word(bug);
		two_loops(bug);
	}
}

static void t_summaries(void)
{
	struct pa_unit *u;
	struct pa_func *f, *g;
	int p, q;

	/* helper(p) { bio_add_page(p) }  caller: get_page(q); helper(q) */
	u = pa_unit_new(R);
	g = straight(u, "caller");
	q = pa_node_root(g, "q", "page", 1);
	call1(g, 1, 20, "get_page", O(q), NONE);
	call1(g, 1, 21, "helper", O(q), NONE);
	f = straight(u, "helper");
	p = pa_node_root(f, "p", "page", 1);
	io(f, 1, 10, p);
	expect("summary-io", u, "missing-accessible:21:caller");

	/* grab() { p = find_get_page(); return p; }  caller: q = grab(); io(q) */
	u = pa_unit_new(R);
	f = straight(u, "grab");
	p = pa_node_root(f, "p", "page", 0);
	pa_call(f, 1, L(10), "find_get_page", 0, NULL, V(p, 1));
	pa_return(f, 1, L(11), V(p, 1));
	g = pa_func_new(u, "caller", L(1), NULL);
	pa_func_set_blocks(g, 5, 0);
	edge(g, 0, 1);
	q = pa_node_root(g, "q", "page", 0);
	pa_call(g, 1, L(20), "grab", 0, NULL, V(q, 3));
	pa_edge(g, 1, 2, 3, PA_EQ, 0, 1, L(21));
	pa_edge(g, 1, 3, 3, PA_NE, 0, 0, L(21));
	io(g, 2, 22, q);	/* NULL: never marked */
	io(g, 3, 23, q);
	expect("summary-result", u, "missing-accessible:23:caller");

	/* mark(p) { get_page(p); }  prep(p) { return arch_make_page_accessible(p); }
	 * caller: mark(q); if (prep(q)) return; io(q) */
	u = pa_unit_new(R);
	f = straight(u, "mark");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	f = straight(u, "prep");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 12, "arch_make_page_accessible", O(p), V(-1, 1));
	pa_return(f, 1, L(13), V(-1, 1));
	g = pa_func_new(u, "caller", L(1), NULL);
	pa_func_set_blocks(g, 4, 0);
	edge(g, 0, 1);
	q = pa_node_root(g, "q", "page", 1);
	call1(g, 1, 20, "mark", O(q), NONE);
	call1(g, 1, 21, "prep", O(q), V(-1, 2));
	pa_edge(g, 1, 3, 2, PA_NE, 0, 1, L(21));
	pa_edge(g, 1, 2, 2, PA_EQ, 0, 0, L(21));
	io(g, 2, 22, q);
	expect("summary-wrappers-clean", u, "");

	/* recursion terminates */
	u = pa_unit_new(R);
	f = straight(u, "rec");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "rec", O(p), NONE);
	expect("recursion", u, "");
}

static void t_output(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = straight(u, "f");
	int p = pa_node_root(f, "p", "page", 1);
	char buf[4096];
	const struct pa_finding *fd;
	int ok;

	call1(f, 1, 10, "get_page", O(p), NONE);
	io(f, 1, 11, p);
	pa_unit_analyze(u);
	fd = pa_unit_finding(u, 0);
	pa_finding_json(fd, "test", buf, sizeof(buf));
	ok = pa_unit_nfindings(u) == 1 &&
	     !strncmp(buf, "{\"rule\":\"missing-accessible\",\"file\":\"t.c\",\"line\":11,", 52) &&
	     strstr(buf, "\"function\":\"f\",\"object\":\"page\"") &&
	     strstr(buf, "\"event\":\"mark\"") && strstr(buf, "\"fingerprint\":\"") &&
	     buf[strlen(buf) - 1] == '\n' && fd->nsteps == 2;
	ok ? passed++ : failed++;
	printf("%s json\n", ok ? "ok" : "FAIL");
	if (!ok)
		printf("    %s", buf);
	pa_unit_free(u);

	/* the budget: over it, the object is dropped, nothing crashes */
	u = pa_unit_new(R);
	pa_unit_set_budget(u, 1);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 0);
	call1(f, 1, 10, "get_page", O(p), NONE);
	io(f, 1, 11, p);
	pa_unit_analyze(u);
	{
		struct pa_stats st;

		pa_unit_stats(u, &st);
		ok = st.dropped == 1 && pa_unit_nfindings(u) == 0;
	}
	ok ? passed++ : failed++;
	printf("%s budget\n", ok ? "ok" : "FAIL");
	pa_unit_free(u);
}

static void check(const char *name, int ok, const char *detail)
{
	if (ok) {
		passed++;
		printf("ok %s\n", name);
	} else {
		failed++;
		printf("FAIL %s: %s\n", name, detail);
	}
}

/* Constants from their bit patterns (a front end that keeps a constant in
 * its type's bits, as sparse does). */
static void t_constants(void)
{
	struct pa_opnd o;

	o = pa_opnd_int(0xff, 8, 0);
	check("int-signed-8", o.is_cst && o.cst == -1 && o.flags == 0, "0xff as s8 is -1");
	o = pa_opnd_int(0xff, 8, PA_OPND_UNSIGNED);
	check("int-unsigned-8", o.cst == 255 && o.flags == PA_OPND_UNSIGNED, "0xff as u8 is 255");
	o = pa_opnd_int(0x1fffffffeULL, 32, 0);
	check("int-signed-32", o.cst == -2, "bits over the width are dropped, then sign-extended");
	o = pa_opnd_int(~0ULL, 64, 0);
	check("int-signed-64", o.cst == -1 && !(o.flags & PA_OPND_INEXACT), "-1 as s64");
	o = pa_opnd_int(~0ULL, 64, PA_OPND_UNSIGNED);
	check("int-unsigned-64", o.cst == 2 && (o.flags & PA_OPND_INEXACT) && o.node == -1 &&
	      o.value == -1, "ULONG_MAX is inexact, its sign kept");
	o = pa_opnd_int(1ULL << 62, 64, PA_OPND_UNSIGNED);
	check("int-unsigned-exact", o.cst == 1L << 62 && !(o.flags & PA_OPND_INEXACT),
	      "an unsigned constant up to LONG_MAX is exact");
}

/* ---- faults found in review ----------------------------------------------------- */

/* A finding larger than any fixed buffer: its JSON record is whole, and
 * its SARIF fingerprint is its own, not zeros. */
static void t_long_finding(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = straight(u, "f");
	char *name = malloc(20001), *json = NULL, *sarif = NULL, fp[17], want[64];
	size_t jlen = 0, slen = 0;
	const struct pa_finding *fd;
	FILE *m;
	int p, fds[2];

	memset(name, 'x', 20000);
	name[20000] = 0;
	p = pa_node_root(f, "p", name, 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	io(f, 1, 11, p);
	pa_unit_analyze(u);
	fd = pa_unit_finding(u, 0);
	pa_finding_fingerprint(fd, fp);
	m = open_memstream(&json, &jlen);
	if (pipe(fds))
		abort();
	if (fork() == 0) {
		close(fds[0]);
		_exit(pa_finding_write_json(fds[1], fd, "test") ? 1 : 0);
	}
	close(fds[1]);
	{
		char b[4096];
		ssize_t n;

		while ((n = read(fds[0], b, sizeof(b))) > 0)
			fwrite(b, 1, (size_t)n, m);
		close(fds[0]);
	}
	fclose(m);
	snprintf(want, sizeof(want), "\"fingerprint\":\"%s\"}\n", fp);
	check("json-over-16k", jlen > 40000 && jlen == strlen(json) &&
	      strstr(json, name) && jlen > strlen(want) &&
	      !strcmp(json + jlen - strlen(want), want), "truncated or wrong");
	m = open_memstream(&sarif, &slen);
	pa_sarif_write(m, &fd, 1, NULL, R);
	fclose(m);
	snprintf(want, sizeof(want), "\"pageaudit/v1\":\"%s\"", fp);
	check("sarif-fingerprint-long-finding", strstr(sarif, want) &&
	      !strstr(sarif, "0000000000000000") && strcmp(fp, "0000000000000000"), fp);
	free(json);
	free(sarif);
	free(name);
	pa_unit_free(u);
}

/* Caps that drop work are counted. */
static void t_caps(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	struct pa_stats st;
	int p, i, b;

	/* 14 branches between the mark and the I/O: the path is shortened */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 32, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	for (b = 1, i = 0; i < 14; i++, b += 2) {
		pa_edge(f, b, b + 1, 40 + i, PA_NE, 0, 1, L(20 + i));
		pa_edge(f, b, b + 2, 40 + i, PA_EQ, 0, 0, L(20 + i));
		edge(f, b + 1, b + 2);
	}
	io(f, b, 50, p);
	pa_unit_analyze(u);
	pa_unit_stats(u, &st);
	check("cap-witness-counted", pa_unit_nfindings(u) >= 1 && st.witness_cut >= 1, "not counted");
	pa_unit_free(u);

	/* twenty conditional marks, each result tested later: more signs than
	 * a state keeps (16) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	for (i = 0; i < 20; i++)
		call1(f, 1, 10 + i, "try_get_page", O(p), V(-1, 60 + i));
	io(f, 1, 30, p);
	pa_unit_analyze(u);
	pa_unit_stats(u, &st);
	check("cap-signs-counted", st.cons_cap > 0, "not counted");
	pa_unit_free(u);
}

/* ---- rule format 2 ------------------------------------------------------------ */

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	if (!fp || fputs(text, fp) < 0 || fclose(fp))
		abort();
}

static int nrules_named(const struct pa_rules *r, const char *name, enum pa_role role)
{
	const struct pa_rule *x;
	int n = 0;

	for (x = pa_rules_find(r, name); x; x = pa_rules_next(r, x))
		n += x->role == role;
	return n;
}

static void t_format2(void)
{
	char err[512], dir[] = "/tmp/pa-rules-XXXXXX", base[600], top[600], cyc[600];
	struct pa_rules *r;

	r = pa_rules_parse("format 2\nkernel 6.12\narch s390\n"
			   "accessible-names arch_make_folio_accessible\n"
			   "accessible arch_make_folio_accessible arg1 - inline\n",
			   "h.rules", err, sizeof(err));
	check("format2-header", r && pa_rules_format(r) == 2 &&
	      !strcmp(pa_rules_kernel(r), "6.12") && !strcmp(pa_rules_arch(r), "s390") &&
	      !strcmp(pa_rules_accessible(r), "arch_make_folio_accessible()"),
	      r ? pa_rules_accessible(r) : err);
	pa_rules_free(r);
	r = pa_rules_parse("kernel 6.12\nmark get_page arg1 - inline\n", "h.rules", err, sizeof(err));
	check("format2-header-needs-format", !r && strstr(err, "h.rules:1: error: 'kernel' is a format 2"),
	      err);
	pa_rules_free(r);
	r = pa_rules_parse("format 2\nmark f ret ret=err|zork function\n", "h.rules", err, sizeof(err));
	check("format2-bad-signs", !r && strstr(err, "h.rules:2: error: unknown condition"), err);
	pa_rules_free(r);
	r = pa_rules_parse("format 2\ntest IS_ERR ret err inline\n", "h.rules", err, sizeof(err));
	check("format2-test-takes-arg", !r && strstr(err, "role 'test' takes argN"), err);
	pa_rules_free(r);
	r = pa_rules_parse("format 2\nmark f arg1 if:g(arg9 function\n", "h.rules", err, sizeof(err));
	check("format2-bad-condition", !r && strstr(err, "h.rules:2: error: bad condition"), err);
	pa_rules_free(r);

	if (!mkdtemp(dir))
		abort();
	snprintf(base, sizeof(base), "%s/base.rules", dir);
	snprintf(top, sizeof(top), "%s/top.rules", dir);
	snprintf(cyc, sizeof(cyc), "%s/cycle.rules", dir);
	write_file(base, "format 2\nkernel 6.1\narch generic\n"
		   "mark get_page arg1 - inline\nrelease put_page arg1 - inline\n"
		   "io bio_add_page arg2 - function\n");
	write_file(top, "format 2\ninclude base.rules\narch s390\nremove put_page\n"
		   "mark+accessible get_page arg1 - inline\n");
	r = pa_rules_load(top, err, sizeof(err));
	check("format2-include-override-remove",
	      r && pa_rules_count(r) == 2 && nrules_named(r, "get_page", PA_ROLE_MARK) == 0 &&
	      nrules_named(r, "get_page", PA_ROLE_MARK_ACCESSIBLE) == 1 &&
	      !pa_rules_find(r, "put_page") && pa_rules_find(r, "bio_add_page") &&
	      !strcmp(pa_rules_kernel(r), "6.1") && !strcmp(pa_rules_arch(r), "s390"), err);
	pa_rules_free(r);
	write_file(top, "format 2\ninclude base.rules\nremove put_pgae\n");
	r = pa_rules_load(top, err, sizeof(err));
	check("format2-remove-unknown", !r && strstr(err, "top.rules:3: error: remove: no rule for 'put_pgae'"),
	      err);
	pa_rules_free(r);
	write_file(cyc, "format 2\ninclude cycle.rules\n");
	r = pa_rules_load(cyc, err, sizeof(err));
	check("format2-include-cycle", !r && strstr(err, "nested more than"), err);
	pa_rules_free(r);
	write_file(top, "format 2\ninclude missing.rules\n");
	r = pa_rules_load(top, err, sizeof(err));
	check("format2-include-missing", !r && strstr(err, "top.rules:2: error: cannot include"), err);
	pa_rules_free(r);
	remove(base);
	remove(top);
	remove(cyc);
	remove(dir);
}

/* Error pointers and conditions on another call's result, with a rule set
 * of their own. */
/* f(p) { CALLS[0](p); CALLS[1](p); ...; io(p); }: lines 10, 11... */
static void calls_then_io(const char *name, const char *const *calls, const char *want)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f = straight(u, "f");
	int p = pa_node_root(f, "p", "page", 1), i;

	for (i = 0; calls[i]; i++)
		call1(f, 1, 10 + i, calls[i], O(p), NONE);
	io(f, 1, 10 + i, p);
	expect(name, u, want);
}

/* mark-nested (folio_add_pin), neutral-get and neutral-put: parsed, and
 * their semantics on straight-line code and through a helper's summary */
static void t_nested_roles(void)
{
	static const char text[] =
		"format 2\n"
		"mark get_page arg1 - inline\n"
		"mark+accessible pin_page arg1 - function\n"
		"mark-nested add_pin arg1 - function\n"
		"release put_page arg1 - inline\n"
		"neutral-get cache_add arg1 ret==0 function\n"
		"neutral-put cache_drop arg1 - function\n"
		"accessible arch_make_page_accessible arg1 - inline\n"
		"io bio_add_page arg2 - function\n";
	char err[512], line[256];
	struct pa_rules *saved = R, *rs = pa_rules_parse(text, "nested.rules", err, sizeof(err));
	struct pa_unit *u;
	struct pa_func *f, *g;
	int p, q;

	if (!rs) {
		check("nested-roles-rules", 0, err);
		return;
	}
	pa_rule_format(pa_rules_find(rs, "add_pin"), line, sizeof(line));
	check("nested-roles-format", !strncmp(line, "mark-nested add_pin arg1 -", 26) &&
	      pa_rules_find(rs, "cache_add")->role == PA_ROLE_NEUTRAL_GET &&
	      pa_rules_find(rs, "cache_drop")->role == PA_ROLE_NEUTRAL_PUT, line);
	R = rs;

	/* add_pin(p); io(p): p's first pin is the caller's */
	calls_then_io("mark-nested-untracked", (const char *[]){ "add_pin", NULL }, "");
	/* a nested pin and its release: READY stays READY */
	calls_then_io("mark-nested-ready",
		      (const char *[]){ "pin_page", "add_pin", "put_page", NULL }, "");
	/* a mark after this code's release */
	calls_then_io("mark-nested-released",
		      (const char *[]){ "get_page", "put_page", "add_pin", NULL },
		      "missing-accessible:13:f");
	/* the neutral reference dropped again: the release is this code's */
	calls_then_io("neutral-put-unbalances",
		      (const char *[]){ "cache_add", "cache_drop", "put_page", NULL },
		      "io-after-release:13:f");

	/* helper(p) { add_pin(p); io(p); }  caller: get_page(q); helper(q) */
	u = pa_unit_new(R);
	g = straight(u, "caller");
	q = pa_node_root(g, "q", "page", 1);
	call1(g, 1, 20, "get_page", O(q), NONE);
	call1(g, 1, 21, "helper", O(q), NONE);
	f = straight(u, "helper");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "add_pin", O(p), NONE);
	io(f, 1, 11, p);
	expect("mark-nested-summary", u, "missing-accessible:21:caller");

	/* cache_add(p) == 0; drop(p) { put_page(p); }; io(p): the release drops
	 * the cache's reference */
	u = pa_unit_new(R);
	f = straight(u, "drop");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "put_page", O(p), NONE);
	g = pa_func_new(u, "writeout", L(1), NULL);
	pa_func_set_blocks(g, 4, 0);
	edge(g, 0, 1);
	q = pa_node_root(g, "q", "page", 1);
	call1(g, 1, 20, "cache_add", O(q), V(-1, 2));
	pa_edge(g, 1, 2, 2, PA_EQ, 0, 1, L(20));
	pa_edge(g, 1, 3, 2, PA_NE, 0, 0, L(20));
	call1(g, 2, 21, "drop", O(q), NONE);
	io(g, 2, 22, q);
	expect("neutral-get-balances-release", u, "");

	R = saved;
	pa_rules_free(rs);
}

static void t_format2_semantics(void)
{
	static const char text[] =
		"format 2\n"
		"mark lookup ret ret=ptr function\n"
		"test IS_ERR arg1 err inline\n"
		"sign ERR_PTR ret err inline\n"
		"mark get_page arg1 - inline\n"
		"mark takeref arg1 if:!is_pinned(arg2) function\n"
		"io bio_add_page arg2 - function\n";
	char err[512];
	struct pa_rules *saved = R, *rs = pa_rules_parse(text, "sem.rules", err, sizeof(err));
	struct pa_unit *u;
	struct pa_func *f;
	int p, it;

	if (!rs) {
		check("format2-semantics-rules", 0, err);
		return;
	}
	R = rs;
	/* p = lookup(); if (IS_ERR(p)) { io(p) } else { io(p) }: the mark holds
	 * for a valid pointer only */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 0);
	call1(f, 1, 10, "lookup", NONE, V(p, 3));
	call1(f, 1, 11, "IS_ERR", V(p, 3), V(-1, 4));
	pa_edge(f, 1, 2, 4, PA_NE, 0, 1, L(11));
	pa_edge(f, 1, 3, 4, PA_EQ, 0, 0, L(11));
	io(f, 2, 12, p);
	io(f, 3, 14, p);
	edge(f, 2, 4);
	edge(f, 3, 4);
	expect("error-pointer-is-err", u, "missing-accessible:14:f");

	/* get_page(p); x = ERR_PTR(-12); if (!IS_ERR(x)) io(p): never taken */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 4, 0);
	edge(f, 0, 1);
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 10, "get_page", O(p), NONE);
	call1(f, 1, 11, "ERR_PTR", K(-12), V(-1, 5));
	call1(f, 1, 12, "IS_ERR", V(-1, 5), V(-1, 6));
	pa_edge(f, 1, 2, 6, PA_EQ, 0, 1, L(12));
	pa_edge(f, 1, 3, 6, PA_NE, 0, 0, L(12));
	io(f, 2, 13, p);
	edge(f, 2, 3);
	expect("error-pointer-sign", u, "");

	/* takeref(p, it) marks only if !is_pinned(it) */
	{
		static const struct { const char *name; int test, sense; const char *want; } c[] = {
			{ "condition-unknown", 0, 0, "missing-accessible:13:f" },
			{ "condition-pinned", 1, 1, "" },
			{ "condition-not-pinned", 1, 0, "missing-accessible:13:f" },
		};
		unsigned i;

		for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
			struct pa_opnd a[2];

			u = pa_unit_new(R);
			f = pa_func_new(u, "f", L(1), NULL);
			pa_func_set_blocks(f, 4, 0);
			p = pa_node_root(f, "p", "page", 1);
			it = pa_node_root(f, "it", "iter", 2);
			if (c[i].test) {
				/* w = is_pinned(it); if (!!w != sense) return; */
				call1(f, 0, 9, "is_pinned", O(it), V(-1, 8));
				pa_edge(f, 0, 1, 8, c[i].sense ? PA_NE : PA_EQ, 0, 1, L(9));
				pa_edge(f, 0, 3, 8, c[i].sense ? PA_EQ : PA_NE, 0, 0, L(9));
			} else {
				edge(f, 0, 1);
			}
			a[0] = O(p);
			a[1] = O(it);
			pa_call(f, 1, L(12), "takeref", 2, a, NONE);
			io(f, 1, 13, p);
			edge(f, 1, 2);
			expect(c[i].name, u, c[i].want);
		}
	}
	R = saved;
	pa_rules_free(rs);
}

/* ---- the summaries a finding used, JSON read back ----------------------------- */

static void t_json(void)
{
	static const char *const bad[] = {
		"", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\"}", "{a:1}", "\"\\u0000\"", "\"\\ud800\"",
		"\"\\udc00x\"", "\"\\u12\"", "01", "1.", "-", "1e", "tru", "nul", "\"a\x01\"", "{} x",
		"\"\\x\"", "\"abc", "\"\\", "[1 2]", "\xff",
	};
	static const char good[] =
		" {\"a\":[1,-2.5e3,true,false,null,\"\\u00e9\\ud83d\\ude00\\n\"],\"b\":{}} ";
	static const char notfinding[] = "{\"rule\":\"x\",\"file\":\"f.c\",\"line\":-1}";
	struct pa_unit *u = pa_unit_new(R);
	struct pa_func *f, *g;
	struct pa_json *j;
	struct pa_finding back;
	const struct pa_finding *fd;
	char buf[4096], buf2[4096], err[256], deep[200];
	unsigned i;
	int p, q, ok;

	/* a wrapper that does nothing to the page: the caller's finding
	 * depends on its summary (a gate names it when it changes), with no
	 * note of its own on the path */
	f = straight(u, "noop");
	p = pa_node_root(f, "p", "page", 1);
	call1(f, 1, 5, "memcpy", O(p), NONE);
	g = straight(u, "caller");
	q = pa_node_root(g, "q", "page", 1);
	call1(g, 1, 10, "get_page", O(q), NONE);
	call1(g, 1, 11, "noop", O(q), NONE);
	io(g, 1, 12, q);
	pa_unit_analyze(u);
	fd = pa_unit_nfindings(u) == 1 ? pa_unit_finding(u, 0) : NULL;
	check("finding-names-used-summary", fd && fd->nsummaries == 1 &&
	      !strcmp(fd->summaries[0], "noop") && fd->nsteps == 2, fd ? fd->message : "no finding");

	/* a record read back is the same record */
	pa_finding_json(fd, "test", buf, sizeof(buf));
	j = pa_json_parse(buf, strlen(buf), err, sizeof(err));
	ok = j && !pa_finding_from_json(j, NULL, &back, err, sizeof(err));
	if (ok) {
		pa_finding_json(&back, "test", buf2, sizeof(buf2));
		ok = !strcmp(buf, buf2) && strstr(buf, "\"summaries\":[\"noop\"]");
		pa_finding_json_free(&back);
	}
	check("json-round-trip", ok, err);
	pa_json_free(j);
	pa_unit_free(u);

	j = pa_json_parse(good, strlen(good), err, sizeof(err));
	ok = j && pa_json_get(j, "a") && pa_json_get(j, "a")->count == 6 &&
	     pa_json_get(j, "a")->child->next->number == -2500 &&
	     !strcmp(pa_json_get(j, "a")->child->next->next->next->next->next->string,
		     "\xc3\xa9\xf0\x9f\x98\x80\n") &&
	     pa_json_get(j, "b")->type == PA_JSON_OBJECT && !pa_json_get(j, "c") &&
	     j->offset == 1 && pa_json_get(j, "a")->offset == 6 &&
	     pa_json_get(j, "a")->child->next->offset == 9;
	check("json-values", ok, err);
	pa_json_free(j);

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		err[0] = 0;
		j = pa_json_parse(bad[i], strlen(bad[i]), err, sizeof(err));
		if (j || !err[0]) {
			check("json-rejects", 0, bad[i]);
			pa_json_free(j);
			return;
		}
	}
	memset(deep, '[', sizeof(deep));
	j = pa_json_parse(deep, sizeof(deep), err, sizeof(err));
	check("json-rejects", !j && strstr(err, "nested deeper"), err);
	/* valid JSON that is not a finding */
	j = pa_json_parse(notfinding, strlen(notfinding), err, sizeof(err));
	check("finding-rejects-bad-record", j && pa_finding_from_json(j, NULL, &back, err, sizeof(err)) &&
	      strstr(err, "needs"), err);
	pa_json_free(j);
}

/* Objects are flow-sensitive: a location that receives another page (a
 * copy, a load, a store, a PHI) starts a new object there, on that path. */
static void t_flow_objects(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	struct pa_opnd none = NONE;
	int p, h, fld, z, t;

	/* p = find_get_page(); put_page(p); p = h->page (a load); io(p): the
	 * release stays with the first page */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 0);
	h = pa_node_root(f, "h", "h", 1);
	call1(f, 1, 10, "find_get_page", NONE, V(p, 1));
	call1(f, 1, 11, "put_page", O(p), NONE);
	fld = pa_node_field(f, pa_node_elem(f, h), "holder", "page");
	pa_assign(f, 1, O(p), PA_OP_LOAD, O(fld), none);
	io(f, 1, 13, p);
	expect("flow-load-after-release", u, "");

	/* the same with a mark on the second page: reported */
	u = pa_unit_new(R);
	f = checked_straight(u, "f", 2);
	p = pa_node_root(f, "p", "page", 0);
	h = pa_node_root(f, "h", "h", 1);
	call1(f, 1, 10, "find_get_page", NONE, V(p, 1));
	call1(f, 1, 11, "arch_make_page_accessible", O(p), V(-1, 2));
	io(f, 2, 12, p);
	fld = pa_node_field(f, pa_node_elem(f, h), "holder", "page");
	pa_assign(f, 2, O(p), PA_OP_LOAD, O(fld), none);
	call1(f, 2, 14, "get_page", O(p), NONE);
	io(f, 2, 15, p);
	expect("flow-mark-not-hidden", u, "missing-accessible:15:f");

	/* a store into a field path: h->page = q after h->page was put */
	u = pa_unit_new(R);
	f = straight(u, "f");
	h = pa_node_root(f, "h", "h", 1);
	p = pa_node_root(f, "q", "newpage", 2);
	fld = pa_node_field(f, pa_node_elem(f, h), "holder", "page");
	call1(f, 1, 10, "get_page", O(fld), NONE);
	call1(f, 1, 11, "put_page", O(fld), NONE);
	pa_store(f, 1, L(12), fld, O(p));
	io(f, 1, 13, fld);
	expect("flow-store-field", u, "");

	/* a copy of the same page keeps it: t = p; get_page(p); io(t) */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	t = pa_node_root(f, "t", "t", 0);
	pa_assign(f, 1, O(t), PA_OP_COPY, O(p), none);
	call1(f, 1, 11, "get_page", O(p), NONE);
	io(f, 1, 12, t);
	expect("flow-copy-same-page", u, "missing-accessible:12:f");

	/* if (c) p = ZERO_PAGE (&empty_zero_page); else p = find_get_page();
	 * io(p): the exemption holds on its branch only (a PHI of nodes) */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 5, 0);
	p = pa_node_root(f, "p", "page", 0);
	z = pa_node_addr(f, pa_node_global(f, "empty_zero_page", "empty_zero_page"));
	t = pa_node_root(f, "t", NULL, 0);
	pa_edge(f, 0, 1, 7, PA_NE, 0, 1, L(9));
	pa_edge(f, 0, 2, 7, PA_EQ, 0, 0, L(9));
	pa_assign(f, 1, V(t, 3), PA_OP_ADDR, O(z), none);
	call1(f, 1, 10, "get_page", O(t), NONE);
	edge(f, 1, 3);
	call1(f, 2, 11, "find_get_page", NONE, V(p, 4));
	edge(f, 2, 3);
	pa_phi(f, 1, 3, V(p, 5), V(t, 3));
	pa_phi(f, 2, 3, V(p, 5), V(p, 4));
	io(f, 3, 13, p);
	edge(f, 3, 4);
	expect("flow-zero-page-branch", u, "missing-accessible:13:f");
}

/* n = get_user_pages_fast(.., p) at line 10, arch_make_page_accessible(p[0])
 * at 11, its result tested (f from checked_straight(u, "f", 2): what follows
 * goes into block 2): p's node, p[0]'s and p[i]'s */
static int gup_zero_accessible(struct pa_func *f, int *e0, int *ei)
{
	int arr = pa_node_root(f, "p", "pages", 0);
	struct pa_opnd g[4] = { NONE, NONE, NONE, O(arr) };

	pa_call(f, 1, L(10), "get_user_pages_fast", 4, g, V(-1, 1));
	*e0 = pa_node_elem_at(f, arr, 0);
	*ei = pa_node_elem(f, arr);
	call1(f, 1, 11, "arch_make_page_accessible", O(*e0), V(-1, 2));
	return arr;
}

/* Members of one union are one object; p[K] is an object of its own. */
static void t_union_elements(void)
{
	struct pa_unit *u;
	struct pa_func *f;
	int s, a, b, arr, e0, ei, k;

	/* get_page(s->page); io(s->folio), both members of one union */
	u = pa_unit_new(R);
	f = straight(u, "f");
	s = pa_node_root(f, "s", "s", 1);
	a = pa_node_union_field(f, pa_node_elem(f, s), "req", "page", "page");
	b = pa_node_union_field(f, pa_node_elem(f, s), "req", "folio", "page");
	call1(f, 1, 10, "get_page", O(a), NONE);
	io(f, 1, 11, b);
	expect("union-members", u, "missing-accessible:11:f");

	/* get_page(s->page); arch_make_page_accessible(s->folio) checked;
	 * io(s->page): clean */
	u = pa_unit_new(R);
	f = checked_straight(u, "f", 1);
	s = pa_node_root(f, "s", "s", 1);
	a = pa_node_union_field(f, pa_node_elem(f, s), "req", "page", "page");
	b = pa_node_union_field(f, pa_node_elem(f, s), "req", "folio", "page");
	call1(f, 1, 10, "get_page", O(a), NONE);
	call1(f, 1, 11, "arch_make_page_accessible", O(b), V(-1, 1));
	io(f, 2, 12, a);
	expect("union-members-clean", u, "");

	/* two members of different unions stay two objects */
	u = pa_unit_new(R);
	f = straight(u, "f");
	s = pa_node_root(f, "s", "s", 1);
	a = pa_node_union_field(f, pa_node_elem(f, s), "req", "page", "page");
	b = pa_node_union_field(f, pa_node_elem(f, s), "req", "other", "other");
	call1(f, 1, 10, "get_page", O(a), NONE);
	io(f, 1, 11, b);
	expect("union-different", u, "");

	/* get_user_pages_fast(.., p); arch_make_page_accessible(p[0]);
	 * io(p[i]): the other elements are still marked */
	u = pa_unit_new(R);
	f = checked_straight(u, "f", 2);
	arr = gup_zero_accessible(f, &e0, &ei);
	io(f, 2, 12, ei);
	expect("element-zero-only", u, "missing-accessible:12:f");

	/* ... and io(p[0]) alone: clean (the mark on every element reaches
	 * p[0], its accessible call too); put_page(p[i]) of the others does
	 * not release p[0] */
	u = pa_unit_new(R);
	f = checked_straight(u, "f", 2);
	arr = gup_zero_accessible(f, &e0, &ei);
	call1(f, 2, 12, "put_page", O(ei), NONE);
	io(f, 2, 13, e0);
	expect("element-zero-alone", u, "");

	/* p[1] and p[0] are two objects */
	u = pa_unit_new(R);
	f = straight(u, "f");
	arr = pa_node_root(f, "p", "pages", 0);
	e0 = pa_node_elem_at(f, arr, 0);
	k = pa_node_elem_at(f, arr, 1);
	call1(f, 1, 10, "get_page", O(k), NONE);
	io(f, 1, 11, e0);
	expect("element-distinct", u, "");

	/* io(p[i]); get_page(p[i]) in a loop: the reference is the I/O's */
	u = pa_unit_new(R);
	f = pa_func_new(u, "f", L(1), NULL);
	pa_func_set_blocks(f, 3, 0);
	arr = pa_node_root(f, "p", "pages", 1);
	ei = pa_node_elem(f, arr);
	edge(f, 0, 1);
	io(f, 1, 10, ei);
	call1(f, 1, 11, "get_page", O(ei), NONE);
	edge(f, 1, 1);
	edge(f, 1, 2);
	expect("element-mark-after-io", u, "");
}

/* sg_set_page(sg, page, len, off) */
static void sg_set(struct pa_func *f, int b, int line, int sg, int page)
{
	struct pa_opnd a[4] = { O(sg), O(page), K(4096), K(0) };

	pa_call(f, b, L(line), "sg_set_page", 4, a, NONE);
}

/* dma_map_sg_attrs(dev, sg, 1, dir, 0) */
static void map_sg(struct pa_func *f, int b, int line, int sg)
{
	struct pa_opnd a[5] = { NONE, O(sg), K(1), K(1), K(0) };

	pa_call(f, b, L(line), "dma_map_sg_attrs", 5, a, NONE);
}

/* get_page(p) at 10; sg_set_page(sg, p) at 11, in block 1 of a function
 * that is straight or, with checked, branches on value 1 at block 1's end */
static struct pa_func *page_in_list(struct pa_unit *u, int checked, int *p, int *sg)
{
	struct pa_func *f = checked ? checked_straight(u, "f", 1) : straight(u, "f");

	*p = pa_node_root(f, "p", "page", 1);
	*sg = pa_node_root(f, "sg", "sg", 2);
	call1(f, 1, 10, "get_page", O(*p), NONE);
	sg_set(f, 1, 11, *sg, *p);
	return f;
}

/* A page put into a scatterlist reaches the I/O where the list is mapped
 * (the page's state there), or at the store where the list leaves the
 * function unmapped; helpers that fill or map a caller's list pass that on
 * through their summaries. */
static void t_carriers(void)
{
	struct pa_unit *u;
	struct pa_func *f, *g;
	int p, sg, q, s, pl;

	/* get_page(p); sg_set_page(sg, p); if (arch_make_page_accessible(p))
	 * return; dma_map_sg(sg): ready at the mapping */
	u = pa_unit_new(R);
	f = page_in_list(u, 1, &p, &sg);
	call1(f, 1, 12, "arch_make_page_accessible", O(p), V(-1, 1));
	map_sg(f, 2, 13, sg);
	expect("carrier-accessible-before-map", u, "");

	/* the same without the accessible call: reported at the mapping */
	u = pa_unit_new(R);
	f = page_in_list(u, 0, &p, &sg);
	map_sg(f, 1, 13, sg);
	expect("carrier-missing-at-map", u, "missing-accessible:13:f");

	/* the list is not mapped here: the store is the I/O, even with the
	 * page made accessible after it */
	u = pa_unit_new(R);
	f = page_in_list(u, 1, &p, &sg);
	call1(f, 1, 12, "arch_make_page_accessible", O(p), V(-1, 1));
	expect("carrier-unmapped-store", u, "missing-accessible:11:f");

	/* a store into s->page_link (store@struct) carries the page in s;
	 * a mapping of s after a release is io-after-release there */
	u = pa_unit_new(R);
	f = straight(u, "f");
	p = pa_node_root(f, "p", "page", 1);
	s = pa_node_root(f, "s", "sg", 2);
	pl = pa_node_field(f, pa_node_elem(f, s), "scatterlist", "page_link");
	call1(f, 1, 10, "get_page", O(p), NONE);
	pa_store(f, 1, L(11), pl, O(p));
	call1(f, 1, 12, "put_page", O(p), NONE);
	map_sg(f, 1, 13, s);
	expect("carrier-field-store", u, "io-after-release:13:f");

	/* fill(sg, p) { sg_set_page(sg, p); }  caller: get_page(q); fill(s, q);
	 * [arch_make_page_accessible(q) checked;] dma_map_sg(s) */
	for (int acc = 0; acc < 3; acc++) {
		struct pa_opnd a[2];

		u = pa_unit_new(R);
		f = straight(u, "fill");
		sg = pa_node_root(f, "sg", "sg", 1);
		p = pa_node_root(f, "p", "page", 2);
		sg_set(f, 1, 10, sg, p);
		g = acc == 1 ? checked_straight(u, "caller", 1) : straight(u, "caller");
		q = pa_node_root(g, "q", "page", 1);
		s = pa_node_root(g, "s", "sg", 2);
		call1(g, 1, 20, "get_page", O(q), NONE);
		a[0] = O(s);
		a[1] = O(q);
		pa_call(g, 1, L(21), "fill", 2, a, NONE);
		if (acc == 2) {
			/* the caller does not map the list: the call is the store */
			expect("carrier-helper-fills-unmapped", u, "missing-accessible:21:caller");
			continue;
		}
		if (acc)
			call1(g, 1, 22, "arch_make_page_accessible", O(q), V(-1, 1));
		map_sg(g, acc ? 2 : 1, 23, s);
		expect(acc ? "carrier-helper-fills-clean" : "carrier-helper-fills", u,
		       acc ? "" : "missing-accessible:23:caller");
	}

	/* map(sg) { dma_map_sg(sg); }  caller: get_page(q); sg_set_page(s, q);
	 * map(s): the helper's mapping is the page's I/O */
	u = pa_unit_new(R);
	f = straight(u, "map");
	sg = pa_node_root(f, "sg", "sg", 1);
	map_sg(f, 1, 10, sg);
	g = straight(u, "caller");
	q = pa_node_root(g, "q", "page", 1);
	s = pa_node_root(g, "s", "sg", 2);
	call1(g, 1, 20, "get_page", O(q), NONE);
	sg_set(g, 1, 21, s, q);
	call1(g, 1, 22, "map", O(s), NONE);
	expect("carrier-helper-maps", u, "missing-accessible:22:caller");
}

int main(void)
{
	char err[512];

	R = pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	if (!R) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	t_rules();
	t_basic();
	t_paths();
	t_objects();
	t_flow_objects();
	t_union_elements();
	t_carriers();
	t_summaries();
	t_values();
	t_output();
	t_format2();
	t_format2_semantics();
	t_nested_roles();
	t_long_finding();
	t_caps();
	t_json();
	t_constants();
	pa_rules_free(R);
	printf("engine unit tests: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
