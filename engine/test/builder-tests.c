// SPDX-License-Identifier: GPL-2.0
/*
 * Structured builder tests: small C functions lowered through the builder
 * (engine/builder.c) as an AST front end would lower them, checked for
 * their exact findings with the Linux 6.1 rule set.  Each C function is
 * written above its test with its line numbers; the GCC plugin gives the
 * same findings on it (compiled with -include testcases/kernel.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "pageaudit.h"
#include "test-util.h"

static struct pa_rules *R;
static int passed, failed;
static char berr[320];		/* the first builder error since the last check */
static struct pa_func *F;	/* the function being built, for its nodes */

#define PTR (PA_OPND_POINTER | PA_OPND_UNSIGNED)
#define BOOL (PA_OPND_BOOL | PA_OPND_UNSIGNED)

static const struct pa_opnd NONE = { -1, -1, 0, 0, 0 };

static struct pa_loc L(int line)
{
	struct pa_loc l = { "t.c", line, 1, 0 };

	return l;
}

static struct pa_opnd K(long k)
{
	struct pa_opnd o = { -1, -1, 1, k, 0 };

	return o;
}

static struct pa_opnd KU(long k)	/* an unsigned constant: 4096UL */
{
	struct pa_opnd o = { -1, -1, 1, k, PA_OPND_UNSIGNED };

	return o;
}

static struct pa_opnd O(int node)	/* memory: an array, *p */
{
	struct pa_opnd o = { node, -1, 0, 0, 0 };

	return o;
}

static struct pa_builder *fn(struct pa_unit *u, const char *name)
{
	F = pa_func_new(u, name, L(1), NULL);
	return pa_b_new(F);
}

static void end(struct pa_builder *b, int line)
{
	char err[256];

	if (pa_b_finish(b, L(line), err, sizeof(err)) && !berr[0])
		snprintf(berr, sizeof(berr), "builder: %s", err);
}

/* A local (param 0) or a parameter of a type (PA_OPND_*). */
static int var(struct pa_builder *b, const char *name, int param, unsigned flags)
{
	int l = pa_b_local(b, name, param);

	pa_b_local_flags(b, l, flags);
	return l;
}

static struct pa_opnd rd(struct pa_builder *b, int l)
{
	return pa_b_read(b, l);
}

static void set(struct pa_builder *b, int l, struct pa_opnd x, int line)
{
	pa_b_assign(b, l, PA_OP_COPY, x, NONE, L(line));
}

/* fn(args...): res is NONE (not used) or a temporary; returns it */
static struct pa_opnd call(struct pa_builder *b, int line, const char *name,
			   struct pa_opnd res, int n, ...)
{
	struct pa_opnd a[8];
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		a[i] = va_arg(ap, struct pa_opnd);
	va_end(ap);
	pa_b_call(b, L(line), name, n, a, res);
	return res;
}

/* bio_add_page(bio, page, PAGE_SIZE, 0) */
static void io(struct pa_builder *b, int line, int bio, struct pa_opnd page)
{
	call(b, line, "bio_add_page", NONE, 4, rd(b, bio), page, KU(4096), K(0));
}

/* if (x) */
static struct pa_b_cond nz(struct pa_builder *b, struct pa_opnd x, int line)
{
	return pa_b_test(b, PA_OP_NE, x, K(0), L(line));
}

static struct pa_b_cond cmp(struct pa_builder *b, enum pa_op op, struct pa_opnd x,
			    struct pa_opnd y, int line)
{
	return pa_b_test(b, op, x, y, L(line));
}

/* Does the unit's graph (pa_unit_write_graph) have an edge out of a block
 * that returns, or a call of dead? */
static int graph_bad(struct pa_unit *u, const char *dead)
{
	char *text = NULL, *line, *save;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	int returns = 0, bad = 0;

	if (!fp)
		return 1;
	pa_unit_write_graph(u, fp);
	fclose(fp);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "b ", 2))
			returns = 0;
		else if (!strncmp(line, "r ", 2))
			returns = 1;
		else if (!strncmp(line, "e ", 2) && returns)
			bad = 1;
		else if (!strncmp(line, "c ", 2) && strstr(line, dead))
			bad = 1;
	}
	free(text);
	return bad;
}

/* How many PHIs of the unit's graph (pa_unit_write_graph) define node. */
static int graph_phis(struct pa_unit *u, int node)
{
	char *text = NULL, *line, *save;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	int n = 0;

	if (!fp)
		return -1;
	pa_unit_write_graph(u, fp);
	fclose(fp);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		const char *last = strrchr(line, ' ');

		if (!strncmp(line, "p ", 2) && last && atoi(last + 1) == node)
			n++;
	}
	free(text);
	return n;
}

/* "KIND:LINE,..." of a finding's path: where the builder put the
 * locations of calls, branches and returns */
static void path(const struct pa_finding *fd, char *buf, size_t len)
{
	static const char *const kind[] = { "mark", "accessible", "release", "branch",
					    "call", "io" };
	int i;

	buf[0] = 0;
	for (i = 0; i < fd->nsteps; i++) {
		size_t n = strlen(buf);

		snprintf(buf + n, len - n, "%s%s:%d%s", i ? "," : "", kind[fd->steps[i].kind],
			 fd->steps[i].loc.line, fd->steps[i].kind != PA_STEP_BRANCH ? "" :
			 strstr(fd->steps[i].text, "true") ? ":true" : ":false");
	}
}

static void expect_path(const char *name, struct pa_unit *u, int i, const char *want)
{
	char got[1024] = "(no finding)";

	if (i < pa_unit_nfindings(u))
		path(pa_unit_finding(u, i), got, sizeof(got));
	if (!strcmp(got, want)) {
		passed++;
		printf("ok %s\n", name);
	} else {
		failed++;
		printf("FAIL %s\n    want: %s\n    got:  %s\n", name, want, got);
	}
}

/* Analyze the unit, compare its findings; the unit stays. */
static void check(const char *name, struct pa_unit *u, const char *want)
{
	char got[2048];

	if (getenv("PA_DUMP") && !strcmp(getenv("PA_DUMP"), name))
		pa_unit_write_graph(u, stdout);	/* PA_DUMP=TEST: the lowered graph */
	pa_unit_analyze(u);
	findings(u, got, sizeof(got));
	if (!berr[0] && !strcmp(got, want)) {
		passed++;
		printf("ok %s\n", name);
	} else {
		failed++;
		printf("FAIL %s\n    want: %s\n    got:  %s%s%s\n", name, want, got,
		       berr[0] ? "\n    " : "", berr);
	}
	berr[0] = 0;
}

static void expect(const char *name, struct pa_unit *u, const char *want)
{
	check(name, u, want);
	pa_unit_free(u);
}

/*
 * 1 void straight(struct bio *bio, struct page *page)
 * 2 {
 * 3	get_page(page);
 * 4	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 5 }
 */
static void t_straight(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "straight");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);

	call(b, 3, "get_page", NONE, 1, rd(b, page));
	io(b, 4, bio, rd(b, page));
	end(b, 5);
	expect("straight-mark-io", u, "missing-accessible:4:straight");
}

/*
 * 1 int checked(struct bio *bio, struct page *page)
 * 2 {
 * 3	get_page(page);
 * 4	if (arch_make_page_accessible(page))
 * 5		return -EIO;
 * 6	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 7	return 0;
 * 8 }
 */
static void t_checked(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "checked");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	struct pa_opnd r;

	call(b, 3, "get_page", NONE, 1, rd(b, page));
	r = call(b, 4, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	pa_b_if(b, nz(b, r, 4));
	pa_b_return(b, K(-5), L(5));
	pa_b_end_if(b);
	io(b, 6, bio, rd(b, page));
	pa_b_return(b, K(0), L(7));
	end(b, 8);
	expect("mark-accessible-checked-io", u, "");
}

/*
 *  1 int stored(struct bio *bio, struct page *page)
 *  2 {
 *  3	int rc;
 *  4
 *  5	get_page(page);
 *  6	rc = arch_make_page_accessible(page);
 *  7	if (rc)
 *  8		return rc;
 *  9	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 10	return 0;
 * 11 }
 *
 *  1 int ignored(struct bio *bio, struct page *page)
 *  2 {
 *  3	get_page(page);
 *  4	arch_make_page_accessible(page);
 *  5	bio_add_page(bio, page, PAGE_SIZE, 0);
 *  6	return 0;
 *  7 }
 */
static void t_result(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "stored");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int rc = var(b, "rc", 0, 0);

	call(b, 5, "get_page", NONE, 1, rd(b, page));
	set(b, rc, call(b, 6, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1,
			rd(b, page)), 6);
	pa_b_if(b, nz(b, rd(b, rc), 7));
	pa_b_return(b, rd(b, rc), L(8));
	pa_b_end_if(b);
	io(b, 9, bio, rd(b, page));
	pa_b_return(b, K(0), L(10));
	end(b, 11);
	expect("accessible-result-in-local", u, "");

	u = pa_unit_new(R);
	b = fn(u, "ignored");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	call(b, 3, "get_page", NONE, 1, rd(b, page));
	call(b, 4, "arch_make_page_accessible", NONE, 1, rd(b, page));
	io(b, 5, bio, rd(b, page));
	pa_b_return(b, K(0), L(6));
	end(b, 7);
	expect("accessible-result-ignored", u, "unchecked-accessible:5:ignored");
}

/*
 *  1 void phi_page(struct bio *bio, struct address_space *m, struct page *q, bool c)
 *  2 {
 *  3	struct page *p = q;
 *  4
 *  5	get_page(p);
 *  6	if (arch_make_page_accessible(p))
 *  7		return;
 *  8	if (c)
 *  9		p = find_get_page(m, 0);
 * 10	if (p)
 * 11		bio_add_page(bio, p, PAGE_SIZE, 0);
 * 12 }
 *
 *  1 int phi_flag(struct bio *bio, struct page *page, bool c)
 *  2 {
 *  3	int ok = 0;
 *  4
 *  5	if (c)
 *  6		ok = try_get_page(page);
 *  7	if (ok)
 *  8		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  9	else
 * 10		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11	return ok;
 * 12 }
 */
static void t_phi(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "phi_page");
	int bio = var(b, "bio", 1, PTR), m = var(b, "m", 2, PTR), q = var(b, "q", 3, PTR);
	int c = var(b, "c", 4, BOOL), p = var(b, "p", 0, PTR), page, ok;
	struct pa_opnd r;

	set(b, p, rd(b, q), 3);
	call(b, 5, "get_page", NONE, 1, rd(b, p));
	r = call(b, 6, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, p));
	pa_b_if(b, nz(b, r, 6));
	pa_b_return(b, NONE, L(7));
	pa_b_end_if(b);
	pa_b_if(b, nz(b, rd(b, c), 8));
	set(b, p, call(b, 9, "find_get_page", pa_b_temp(b, 1, PTR), 2, rd(b, m), KU(0)), 9);
	pa_b_end_if(b);
	pa_b_if(b, nz(b, rd(b, p), 10));
	io(b, 11, bio, rd(b, p));
	pa_b_end_if(b);
	end(b, 12);
	expect("phi-page-reassigned", u, "missing-accessible:11:phi_page");

	u = pa_unit_new(R);
	b = fn(u, "phi_flag");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	c = var(b, "c", 3, BOOL);
	ok = var(b, "ok", 0, 0);
	set(b, ok, K(0), 3);
	pa_b_if(b, nz(b, rd(b, c), 5));
	r = call(b, 6, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page));
	pa_b_assign(b, ok, PA_OP_CAST, r, NONE, L(6));
	pa_b_end_if(b);
	pa_b_if(b, nz(b, rd(b, ok), 7));
	io(b, 8, bio, rd(b, page));
	pa_b_else(b);
	io(b, 10, bio, rd(b, page));
	pa_b_end_if(b);
	pa_b_return(b, rd(b, ok), L(11));
	end(b, 12);
	expect("phi-flag", u, "missing-accessible:8:phi_flag");
}

/*
 * 1 void ifelse(struct bio *bio, struct page *page, bool c)
 * 2 {
 * 3	if (c)
 * 4		get_page(page);
 * 5	else
 * 6		put_page(page);
 * 7	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 8 }
 */
static void t_if_else(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "ifelse");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR), c = var(b, "c", 3, BOOL);

	pa_b_if(b, nz(b, rd(b, c), 3));
	call(b, 4, "get_page", NONE, 1, rd(b, page));
	pa_b_else(b);
	call(b, 6, "put_page", NONE, 1, rd(b, page));
	pa_b_end_if(b);
	io(b, 7, bio, rd(b, page));
	end(b, 8);
	expect("if-else-join", u, "io-after-release:7:ifelse;missing-accessible:7:ifelse");
}

/*
 *  1 void loop_bc(struct bio *bio, struct page *page, int n)
 *  2 {
 *  3	while (n > 0) {
 *  4		n--;
 *  5		if (n == 7) {
 *  6			get_page(page);
 *  7			arch_make_page_accessible(page);
 *  8			continue;
 *  9		}
 * 10		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11		if (n == 3) {
 * 12			get_page(page);
 * 13			break;
 * 14		}
 * 15	}
 * 16	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 17 }
 */
static void t_while(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "loop_bc");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR), n = var(b, "n", 3, 0);

	pa_b_loop(b);
	pa_b_loop_test(b, cmp(b, PA_OP_GT, rd(b, n), K(0), 3));
	pa_b_assign(b, n, PA_OP_SUB, rd(b, n), K(1), L(4));
	pa_b_if(b, cmp(b, PA_OP_EQ, rd(b, n), K(7), 5));
	call(b, 6, "get_page", NONE, 1, rd(b, page));
	call(b, 7, "arch_make_page_accessible", NONE, 1, rd(b, page));
	pa_b_continue(b, L(8));
	pa_b_end_if(b);
	io(b, 10, bio, rd(b, page));
	pa_b_if(b, cmp(b, PA_OP_EQ, rd(b, n), K(3), 11));
	call(b, 12, "get_page", NONE, 1, rd(b, page));
	pa_b_break(b, L(13));
	pa_b_end_if(b);
	pa_b_loop_end(b);
	io(b, 16, bio, rd(b, page));
	end(b, 17);
	expect("while-break-continue", u,
	       "unchecked-accessible:10:loop_bc;missing-accessible:16:loop_bc;"
	       "unchecked-accessible:16:loop_bc");
}

/*
 *  1 void loopflag(struct bio *bio, struct page *page, int n)
 *  2 {
 *  3	int got = 0;
 *  4
 *  5	while (n-- > 0) {
 *  6		if (!got)
 *  7			got = try_get_page(page);
 *  8	}
 *  9	if (got)
 * 10		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11	else
 * 12		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 13 }
 *
 *  1 void dowhile(struct bio *bio, struct page *page, int n)
 *  2 {
 *  3	do {
 *  4		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  5		if (n == 2)
 *  6			continue;
 *  7		put_page(page);
 *  8	} while (--n > 0);
 *  9 }
 */
static void t_loop_values(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "loopflag");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR), n = var(b, "n", 3, 0);
	int got = var(b, "got", 0, 0);
	struct pa_opnd old, t;

	set(b, got, K(0), 3);
	pa_b_loop(b);
	old = rd(b, n);
	pa_b_assign(b, n, PA_OP_SUB, old, K(1), L(5));
	pa_b_loop_test(b, cmp(b, PA_OP_GT, old, K(0), 5));
	pa_b_if(b, pa_b_not(b, nz(b, rd(b, got), 6)));
	t = call(b, 7, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page));
	pa_b_assign(b, got, PA_OP_CAST, t, NONE, L(7));
	pa_b_end_if(b);
	pa_b_loop_end(b);
	pa_b_if(b, nz(b, rd(b, got), 9));
	io(b, 10, bio, rd(b, page));
	pa_b_else(b);
	io(b, 12, bio, rd(b, page));
	pa_b_end_if(b);
	end(b, 13);
	expect("loop-carried-flag", u, "missing-accessible:10:loopflag");

	u = pa_unit_new(R);
	b = fn(u, "dowhile");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	n = var(b, "n", 3, 0);
	pa_b_loop(b);
	io(b, 4, bio, rd(b, page));
	pa_b_if(b, cmp(b, PA_OP_EQ, rd(b, n), K(2), 5));
	pa_b_continue(b, L(6));
	pa_b_end_if(b);
	call(b, 7, "put_page", NONE, 1, rd(b, page));
	pa_b_loop_next(b);
	pa_b_loop_while(b, cmp(b, PA_OP_GT, pa_b_assign(b, n, PA_OP_SUB, rd(b, n), K(1), L(8)),
			       K(0), 8));
	end(b, 9);
	expect("do-while", u, "io-after-release:4:dowhile");
}

/*
 *  1 int gup_loop(struct bio *bio, unsigned long uaddr, int nr)
 *  2 {
 *  3	struct page *pages[16];
 *  4	int i, n;
 *  5
 *  6	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
 *  7	if (n <= 0)
 *  8		return n;
 *  9	for (i = 0; i < n; i++)
 * 10		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
 * 11	return n;
 * 12 }
 */
static void t_for_gup(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "gup_loop");
	int bio = var(b, "bio", 1, PTR), uaddr = var(b, "uaddr", 2, PA_OPND_UNSIGNED);
	int nr = var(b, "nr", 3, 0), pages = var(b, "pages", 0, PA_B_MEMORY);
	int i = var(b, "i", 0, 0), n = var(b, "n", 0, 0);
	int arr = pa_b_local_node(b, pages);
	struct pa_opnd t;

	set(b, n, call(b, 6, "get_user_pages_fast", pa_b_temp(b, 0, 0), 4, rd(b, uaddr),
		       rd(b, nr), K(1), O(arr)), 6);
	pa_b_if(b, cmp(b, PA_OP_LE, rd(b, n), K(0), 7));
	pa_b_return(b, rd(b, n), L(8));
	pa_b_end_if(b);
	set(b, i, K(0), 9);
	pa_b_loop(b);
	pa_b_loop_test(b, cmp(b, PA_OP_LT, rd(b, i), rd(b, n), 9));
	t = pa_b_temp(b, 1, PTR);	/* pages[i] */
	pa_b_op(b, t, PA_OP_LOAD, O(pa_node_elem(F, arr)), NONE);
	io(b, 10, bio, t);
	pa_b_loop_next(b);
	pa_b_assign(b, i, PA_OP_ADD, rd(b, i), K(1), L(9));
	pa_b_loop_end(b);
	pa_b_return(b, rd(b, n), L(11));
	end(b, 12);
	expect("for-gup-elements", u, "missing-accessible:10:gup_loop");
}

/*
 *  1 int cleanup(struct bio *bio, struct page *page, bool fail)
 *  2 {
 *  3	int ret = 0;
 *  4
 *  5	get_page(page);
 *  6	if (fail)
 *  7		goto out_io;
 *  8	ret = arch_make_page_accessible(page);
 *  9	if (ret)
 * 10		goto out_put;
 * 11 out_io:
 * 12	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 13 out_put:
 * 14	put_page(page);
 * 15	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 16	return ret;
 * 17 }
 */
static void t_goto(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "cleanup");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int fail = var(b, "fail", 3, BOOL), ret = var(b, "ret", 0, 0);
	int out_io = pa_b_label(b), out_put = pa_b_label(b);

	set(b, ret, K(0), 3);
	call(b, 5, "get_page", NONE, 1, rd(b, page));
	pa_b_if(b, nz(b, rd(b, fail), 6));
	pa_b_goto(b, out_io, L(7));
	pa_b_end_if(b);
	set(b, ret, call(b, 8, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1,
			 rd(b, page)), 8);
	pa_b_if(b, nz(b, rd(b, ret), 9));
	pa_b_goto(b, out_put, L(10));
	pa_b_end_if(b);
	pa_b_place(b, out_io);
	io(b, 12, bio, rd(b, page));
	pa_b_place(b, out_put);
	call(b, 14, "put_page", NONE, 1, rd(b, page));
	io(b, 15, bio, rd(b, page));
	pa_b_return(b, rd(b, ret), L(16));
	end(b, 17);
	check("goto-cleanup", u, "missing-accessible:12:cleanup;io-after-release:15:cleanup");
	expect_path("goto-cleanup-path", u, 0, "mark:5,branch:6:true,io:12");
	expect_path("goto-cleanup-path-2", u, 1, "mark:5,branch:6:true,release:14,io:15");
	pa_unit_free(u);
}

/*
 *  1 int retry(struct bio *bio, struct page *page, int tries)
 *  2 {
 *  3	int ret;
 *  4
 *  5	get_page(page);
 *  6	if (arch_make_page_accessible(page))
 *  7		return -EIO;
 *  8 again:
 *  9	ret = bio_add_page(bio, page, PAGE_SIZE, 0);
 * 10	if (ret != PAGE_SIZE && tries-- > 0) {
 * 11		put_page(page);
 * 12		goto again;
 * 13	}
 * 14	return ret;
 * 15 }
 */
static void t_goto_back(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "retry");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int tries = var(b, "tries", 3, 0), ret = var(b, "ret", 0, 0);
	int again = pa_b_label(b);
	struct pa_opnd r, old;
	struct pa_b_cond c;

	call(b, 5, "get_page", NONE, 1, rd(b, page));
	r = call(b, 6, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	pa_b_if(b, nz(b, r, 6));
	pa_b_return(b, K(-5), L(7));
	pa_b_end_if(b);
	pa_b_place(b, again);
	set(b, ret, call(b, 9, "bio_add_page", pa_b_temp(b, 0, 0), 4, rd(b, bio), rd(b, page),
			 KU(4096), K(0)), 9);
	c = cmp(b, PA_OP_NE, rd(b, ret), KU(4096), 10);
	pa_b_and_rhs(b, c);
	old = rd(b, tries);	/* tries-- > 0 */
	pa_b_assign(b, tries, PA_OP_SUB, old, K(1), L(10));
	c = pa_b_and(b, c, cmp(b, PA_OP_GT, old, K(0), 10));
	pa_b_if(b, c);
	call(b, 11, "put_page", NONE, 1, rd(b, page));
	pa_b_goto(b, again, L(12));
	pa_b_end_if(b);
	pa_b_return(b, rd(b, ret), L(14));
	end(b, 15);
	expect("goto-backward-retry", u, "io-after-release:9:retry");
}

/*
 * The readahead loop of fs/ext4/readpage.c: a goto back into the body of
 * an if makes a loop with two entries (irreducible control flow), where the
 * PHIs of s, a parameter never assigned, form a cycle of PHIs that are each
 * of two values, the parameter and another PHI of the cycle.  The cycle is
 * the parameter (Braun et al.'s redundant PHI components): no PHI of s.
 *
 *  1 int irr(struct bio *bio, struct page *page, void *s, unsigned int nr)
 *  2 {
 *  3	void *req = 0;
 *  4
 *  5	for (; nr; nr--) {
 *  6		if (s)
 *  7			page = readahead_page(s);
 *  8		if (req && busy(req)) {
 *  9		again:
 * 10			submit(req);
 * 11			req = 0;
 * 12		}
 * 13		if (!req) {
 * 14			req = alloc(nr);
 * 15			if (s)
 * 16				tag(req);
 * 17		}
 * 18		if (bio_add_page(bio, page, PAGE_SIZE, 0) < PAGE_SIZE)
 * 19			goto again;
 * 20		if (s)
 * 21			put_page(page);
 * 22	}
 * 23	return 0;
 * 24 }
 */
static void t_goto_into_loop(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "irr");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int s = var(b, "s", 3, PTR), nr = var(b, "nr", 4, PA_OPND_UNSIGNED);
	int req = var(b, "req", 0, PTR), again = pa_b_label(b);
	int ns = pa_b_local_node(b, s), phis, ok;
	struct pa_opnd r;
	struct pa_b_cond c;

	set(b, req, K(0), 3);
	pa_b_loop(b);
	pa_b_loop_test(b, nz(b, rd(b, nr), 5));
	pa_b_if(b, nz(b, rd(b, s), 6));
	set(b, page, call(b, 7, "readahead_page", pa_b_temp(b, 1, PTR), 1, rd(b, s)), 7);
	pa_b_end_if(b);
	c = nz(b, rd(b, req), 8);
	pa_b_and_rhs(b, c);
	r = call(b, 8, "busy", pa_b_temp(b, 0, 0), 1, rd(b, req));
	pa_b_if(b, pa_b_and(b, c, nz(b, r, 8)));
	pa_b_place(b, again);
	call(b, 10, "submit", NONE, 1, rd(b, req));
	set(b, req, K(0), 11);
	pa_b_end_if(b);
	pa_b_if(b, pa_b_not(b, nz(b, rd(b, req), 13)));
	set(b, req, call(b, 14, "alloc", pa_b_temp(b, 1, PTR), 1, rd(b, nr)), 14);
	pa_b_if(b, nz(b, rd(b, s), 15));
	call(b, 16, "tag", NONE, 1, rd(b, req));
	pa_b_end_if(b);
	pa_b_end_if(b);
	r = call(b, 18, "bio_add_page", pa_b_temp(b, 0, 0), 4, rd(b, bio), rd(b, page),
		 KU(4096), K(0));
	pa_b_if(b, cmp(b, PA_OP_LT, r, KU(4096), 18));
	pa_b_goto(b, again, L(19));
	pa_b_end_if(b);
	pa_b_if(b, nz(b, rd(b, s), 20));
	call(b, 21, "put_page", NONE, 1, rd(b, page));
	pa_b_end_if(b);
	pa_b_loop_next(b);
	pa_b_assign(b, nr, PA_OP_SUB, rd(b, nr), K(1), L(5));
	pa_b_loop_end(b);
	pa_b_return(b, K(0), L(23));
	end(b, 24);
	phis = graph_phis(u, ns);
	ok = phis == 0 && !berr[0];
	ok ? passed++ : failed++;
	printf("%s goto-into-loop-phis\n", ok ? "ok" : "FAIL");
	if (!ok)
		printf("    want: no PHI of s\n    got:  %d %s\n", phis, berr);
	expect("goto-into-loop", u, "");
}

/*
 *  1 int sw(struct bio *bio, struct page *page, int mode)
 *  2 {
 *  3	int ret = 0;
 *  4
 *  5	get_page(page);
 *  6	switch (mode) {
 *  7	case 0:
 *  8		ret = arch_make_page_accessible(page);
 *  9		if (ret)
 * 10			break;
 * 11		// fallthrough
 * 12	case 1:
 * 13		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 14		break;
 * 15	case 2:
 * 16		put_page(page);
 * 17		// fallthrough
 * 18	default:
 * 19		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 20	}
 * 21	return ret;
 * 22 }
 */
static void t_switch(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "sw");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int mode = var(b, "mode", 3, 0), ret = var(b, "ret", 0, 0);

	set(b, ret, K(0), 3);
	call(b, 5, "get_page", NONE, 1, rd(b, page));
	pa_b_switch(b, rd(b, mode), L(6));
	pa_b_case(b, 0, L(7));
	set(b, ret, call(b, 8, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1,
			 rd(b, page)), 8);
	pa_b_if(b, nz(b, rd(b, ret), 9));
	pa_b_break(b, L(10));
	pa_b_end_if(b);
	pa_b_case(b, 1, L(12));
	io(b, 13, bio, rd(b, page));
	pa_b_break(b, L(14));
	pa_b_case(b, 2, L(15));
	call(b, 16, "put_page", NONE, 1, rd(b, page));
	pa_b_default(b, L(18));
	io(b, 19, bio, rd(b, page));
	pa_b_end_switch(b);
	pa_b_return(b, rd(b, ret), L(21));
	end(b, 22);
	expect("switch-fallthrough", u,
	       "missing-accessible:13:sw;io-after-release:19:sw;missing-accessible:19:sw");
}

/*
 *  1 int swgup(struct bio *bio, unsigned long uaddr)
 *  2 {
 *  3	struct page *pages[1];
 *  4	int n = get_user_pages_fast(uaddr, 1, FOLL_WRITE, pages);
 *  5
 *  6	switch (n) {
 *  7	case 0:
 *  8		bio_add_page(bio, pages[0], PAGE_SIZE, 0);
 *  9		return -EFAULT;
 * 10	case 1:
 * 11		bio_add_page(bio, pages[0], PAGE_SIZE, 0);
 * 12		return 0;
 * 13	default:
 * 14		return n;
 * 15	}
 * 16 }
 *
 *  1 void range(struct bio *bio, struct page *page, int k)
 *  2 {
 *  3	get_page(page);
 *  4	switch (k) {
 *  5	case 1 ... 3:
 *  6		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  7	}
 *  8 }
 */
static void t_switch_cases(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "swgup");
	int bio = var(b, "bio", 1, PTR), uaddr = var(b, "uaddr", 2, PA_OPND_UNSIGNED);
	int pages = var(b, "pages", 0, PA_B_MEMORY), n = var(b, "n", 0, 0), page, k;
	int arr = pa_b_local_node(b, pages);
	struct pa_opnd t;

	set(b, n, call(b, 4, "get_user_pages_fast", pa_b_temp(b, 0, 0), 4, rd(b, uaddr), K(1),
		       K(1), O(arr)), 4);
	pa_b_switch(b, rd(b, n), L(6));
	pa_b_case(b, 0, L(7));
	t = pa_b_temp(b, 1, PTR);
	pa_b_op(b, t, PA_OP_LOAD, O(pa_node_elem(F, arr)), NONE);
	io(b, 8, bio, t);
	pa_b_return(b, K(-14), L(9));
	pa_b_case(b, 1, L(10));
	t = pa_b_temp(b, 1, PTR);
	pa_b_op(b, t, PA_OP_LOAD, O(pa_node_elem(F, arr)), NONE);
	io(b, 11, bio, t);
	pa_b_return(b, K(0), L(12));
	pa_b_default(b, L(13));
	pa_b_return(b, rd(b, n), L(14));
	pa_b_end_switch(b);
	end(b, 16);
	expect("switch-case-values", u, "missing-accessible:11:swgup");

	u = pa_unit_new(R);
	b = fn(u, "range");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	k = var(b, "k", 3, 0);
	call(b, 3, "get_page", NONE, 1, rd(b, page));
	pa_b_switch(b, rd(b, k), L(4));
	pa_b_case_range(b, 1, 3, L(5));
	io(b, 6, bio, rd(b, page));
	pa_b_end_switch(b);
	end(b, 8);
	expect("switch-case-range", u, "missing-accessible:6:range");
}

/*
 *  1 void swloop(struct bio *bio, struct page *page, int n, int mode)
 *  2 {
 *  3	while (n-- > 0) {
 *  4		switch (mode) {
 *  5		case 1:
 *  6			get_page(page);
 *  7			break;
 *  8		case 2:
 *  9			continue;
 * 10		default:
 * 11			put_page(page);
 * 12		}
 * 13		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 14	}
 * 15 }
 */
static void t_switch_loop(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "swloop");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int n = var(b, "n", 3, 0), mode = var(b, "mode", 4, 0);
	struct pa_opnd old;

	pa_b_loop(b);
	old = rd(b, n);
	pa_b_assign(b, n, PA_OP_SUB, old, K(1), L(3));
	pa_b_loop_test(b, cmp(b, PA_OP_GT, old, K(0), 3));
	pa_b_switch(b, rd(b, mode), L(4));
	pa_b_case(b, 1, L(5));
	call(b, 6, "get_page", NONE, 1, rd(b, page));
	pa_b_break(b, L(7));
	pa_b_case(b, 2, L(8));
	pa_b_continue(b, L(9));
	pa_b_default(b, L(10));
	call(b, 11, "put_page", NONE, 1, rd(b, page));
	pa_b_end_switch(b);
	io(b, 13, bio, rd(b, page));
	pa_b_loop_end(b);
	end(b, 15);
	expect("switch-in-loop", u,
	       "io-after-release:13:swloop;missing-accessible:13:swloop");
}

/*
 * 1 void andor(struct bio *bio, struct page *page, bool a, bool b)
 * 2 {
 * 3	get_page(page);
 * 4	if (a && !arch_make_page_accessible(page))
 * 5		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 6	if (b || !arch_make_page_accessible(page))
 * 7		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 8 }
 */
static void t_and_or(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "andor");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int a = var(b, "a", 3, BOOL), bb = var(b, "b", 4, BOOL);
	struct pa_b_cond c;
	struct pa_opnd r;

	call(b, 3, "get_page", NONE, 1, rd(b, page));
	c = nz(b, rd(b, a), 4);
	pa_b_and_rhs(b, c);
	r = call(b, 4, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	c = pa_b_and(b, c, pa_b_not(b, nz(b, r, 4)));
	pa_b_if(b, c);
	io(b, 5, bio, rd(b, page));
	pa_b_end_if(b);
	c = nz(b, rd(b, bb), 6);
	pa_b_or_rhs(b, c);
	r = call(b, 6, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	c = pa_b_or(b, c, pa_b_not(b, nz(b, r, 6)));
	pa_b_if(b, c);
	io(b, 7, bio, rd(b, page));
	pa_b_end_if(b);
	end(b, 8);
	/* b: never made accessible; a, then a failed call at line 4: marked at
	 * the I/O of line 7 with the failure not ruled out */
	check("and-or-conditions", u, "missing-accessible:7:andor;unchecked-accessible:7:andor");
	expect_path("and-or-path", u, 0, "mark:3,branch:4:false,branch:6:true,io:7");
	pa_unit_free(u);
}

/*
 * 1 void choose(struct bio *bio, struct page *a, struct page *b, bool c)
 * 2 {
 * 3	struct page *p;
 * 4
 * 5	get_page(b);
 * 6	p = c ? a : b;
 * 7	bio_add_page(bio, p, PAGE_SIZE, 0);
 * 8 }
 *
 *  1 int tvalue(struct bio *bio, struct page *page, bool c)
 *  2 {
 *  3	int ok = c ? try_get_page(page) : 0;
 *  4
 *  5	if (ok)
 *  6		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  7	else
 *  8		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  9	return ok;
 * 10 }
 */
static void t_ternary(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "choose");
	int bio = var(b, "bio", 1, PTR), a = var(b, "a", 2, PTR), bb = var(b, "b", 3, PTR);
	int c = var(b, "c", 4, BOOL), p = var(b, "p", 0, PTR), page, ok;
	struct pa_opnd t;

	call(b, 5, "get_page", NONE, 1, rd(b, bb));
	pa_b_ternary(b, nz(b, rd(b, c), 6));
	pa_b_ternary_else(b, rd(b, a));
	set(b, p, pa_b_ternary_end(b, rd(b, bb)), 6);
	io(b, 7, bio, rd(b, p));
	end(b, 8);
	expect("ternary-two-pages", u, "missing-accessible:7:choose");

	u = pa_unit_new(R);
	b = fn(u, "tvalue");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	c = var(b, "c", 3, BOOL);
	ok = var(b, "ok", 0, 0);
	pa_b_ternary(b, nz(b, rd(b, c), 3));
	t = call(b, 3, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page));
	pa_b_ternary_else(b, t);
	set(b, ok, pa_b_ternary_end(b, K(0)), 3);
	pa_b_if(b, nz(b, rd(b, ok), 5));
	io(b, 6, bio, rd(b, page));
	pa_b_else(b);
	io(b, 8, bio, rd(b, page));
	pa_b_end_if(b);
	pa_b_return(b, rd(b, ok), L(9));
	end(b, 10);
	expect("ternary-value", u, "missing-accessible:6:tvalue");
}

/*
 *  1 void stmt_expr(struct bio *bio, struct page *page, bool c)
 *  2 {
 *  3	int ret = ({
 *  4		int r = 0;
 *  5		get_page(page);
 *  6		if (c)
 *  7			r = arch_make_page_accessible(page);
 *  8		r;
 *  9	});
 * 10	if (ret)
 * 11		return;
 * 12	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 13 }
 *
 *  1 int comma(struct bio *bio, struct page *page)
 *  2 {
 *  3	int r = (get_page(page), arch_make_page_accessible(page), 0);
 *  4	bio_add_page(bio, page, PAGE_SIZE, 0);
 *  5	return r;
 *  6 }
 */
static void t_stmt_expr(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "stmt_expr");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int c = var(b, "c", 3, BOOL), ret = var(b, "ret", 0, 0), r = var(b, "r", 0, 0);

	set(b, r, K(0), 4);
	call(b, 5, "get_page", NONE, 1, rd(b, page));
	pa_b_if(b, nz(b, rd(b, c), 6));
	set(b, r, call(b, 7, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1,
		       rd(b, page)), 7);
	pa_b_end_if(b);
	set(b, ret, rd(b, r), 3);	/* the value of the last statement */
	pa_b_if(b, nz(b, rd(b, ret), 10));
	pa_b_return(b, NONE, L(11));
	pa_b_end_if(b);
	io(b, 12, bio, rd(b, page));
	end(b, 13);
	expect("statement-expression", u, "missing-accessible:12:stmt_expr");

	u = pa_unit_new(R);
	b = fn(u, "comma");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	r = var(b, "r", 0, 0);
	call(b, 3, "get_page", NONE, 1, rd(b, page));
	call(b, 3, "arch_make_page_accessible", NONE, 1, rd(b, page));
	set(b, r, K(0), 3);
	io(b, 4, bio, rd(b, page));
	pa_b_return(b, rd(b, r), L(5));
	end(b, 6);
	expect("comma-operator", u, "unchecked-accessible:4:comma");
}

/*
 *  1 int try_get(struct bio *bio, struct page *page)
 *  2 {
 *  3	bool ok = try_get_page(page);
 *  4
 *  5	if (!ok) {
 *  6		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  7		return -EAGAIN;
 *  8	}
 *  9	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 10	return 0;
 * 11 }
 */
static void t_try_get(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "try_get");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int ok = var(b, "ok", 0, BOOL);

	set(b, ok, call(b, 3, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page)), 3);
	pa_b_if(b, pa_b_not(b, nz(b, rd(b, ok), 5)));
	io(b, 6, bio, rd(b, page));
	pa_b_return(b, K(-11), L(7));
	pa_b_end_if(b);
	io(b, 9, bio, rd(b, page));
	pa_b_return(b, K(0), L(10));
	end(b, 11);
	check("try-get-conditional-mark", u, "missing-accessible:9:try_get");
	expect_path("try-get-path", u, 0, "mark:3,branch:5:false,io:9");
	pa_unit_free(u);
}

/*
 *  1 void fill_page(struct page **pp);
 *  2 void addr_taken(struct bio *bio, struct page *q)
 *  3 {
 *  4	struct page *page = q;
 *  5
 *  6	get_page(page);
 *  7	fill_page(&page);
 *  8	bio_add_page(bio, page, PAGE_SIZE, 0);
 *  9	get_page(page);
 * 10	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11 }
 *
 *  1 void outalloc(struct bio *bio, struct iov_iter *it)
 *  2 {
 *  3	struct page **pages;
 *  4	size_t off;
 *  5	ssize_t n;
 *  6
 *  7	n = iov_iter_get_pages_alloc2(it, &pages, 4096, &off);
 *  8	if (n <= 0)
 *  9		return;
 * 10	bio_add_page(bio, pages[0], PAGE_SIZE, 0);
 * 11 }
 *
 *  1 void maybe_set(int *p);
 *  2 int memflag(struct bio *bio, struct page *page, bool c)
 *  3 {
 *  4	int ok = 0;
 *  5
 *  6	if (c)
 *  7		ok = try_get_page(page);
 *  8	maybe_set(&ok);
 *  9	if (ok)
 * 10		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11	else
 * 12		bio_add_page(bio, page, PAGE_SIZE, 0);
 * 13	return ok;
 * 14 }
 */
static void t_addr_taken(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "addr_taken");
	int bio = var(b, "bio", 1, PTR), q = var(b, "q", 2, PTR);
	int page = var(b, "page", 0, PTR | PA_B_MEMORY), pages, off, it, n, c, ok;
	struct pa_opnd t;

	set(b, page, rd(b, q), 4);
	call(b, 6, "get_page", NONE, 1, rd(b, page));
	call(b, 7, "fill_page", NONE, 1, O(pa_node_addr(F, pa_b_local_node(b, page))));
	io(b, 8, bio, rd(b, page));
	call(b, 9, "get_page", NONE, 1, rd(b, page));
	io(b, 10, bio, rd(b, page));
	end(b, 11);
	expect("address-taken-local", u, "missing-accessible:10:addr_taken");

	u = pa_unit_new(R);
	b = fn(u, "outalloc");
	bio = var(b, "bio", 1, PTR);
	it = var(b, "it", 2, PTR);
	pages = var(b, "pages", 0, PTR | PA_B_MEMORY);
	off = var(b, "off", 0, PA_OPND_UNSIGNED | PA_B_MEMORY);
	n = var(b, "n", 0, 0);
	set(b, n, call(b, 7, "iov_iter_get_pages_alloc2", pa_b_temp(b, 0, 0), 4, rd(b, it),
		       O(pa_node_addr(F, pa_b_local_node(b, pages))), K(4096),
		       O(pa_node_addr(F, pa_b_local_node(b, off)))), 7);
	pa_b_if(b, cmp(b, PA_OP_LE, rd(b, n), K(0), 8));
	pa_b_return(b, NONE, L(9));
	pa_b_end_if(b);
	t = pa_b_temp(b, 1, PTR);	/* pages[0] */
	pa_b_op(b, t, PA_OP_LOAD, O(pa_node_elem(F, rd(b, pages).node)), NONE);
	io(b, 10, bio, t);
	end(b, 11);
	expect("address-taken-out-alloc", u, "missing-accessible:10:outalloc");

	/* a flag in memory: maybe_set() may change it, the test is not the
	 * try_get_page() result any more */
	u = pa_unit_new(R);
	b = fn(u, "memflag");
	bio = var(b, "bio", 1, PTR);
	page = var(b, "page", 2, PTR);
	c = var(b, "c", 3, BOOL);
	ok = var(b, "ok", 0, PA_B_MEMORY);
	set(b, ok, K(0), 4);
	pa_b_if(b, nz(b, rd(b, c), 6));
	t = call(b, 7, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page));
	pa_b_assign(b, ok, PA_OP_CAST, t, NONE, L(7));
	pa_b_end_if(b);
	call(b, 8, "maybe_set", NONE, 1, O(pa_node_addr(F, pa_b_local_node(b, ok))));
	pa_b_if(b, nz(b, rd(b, ok), 9));
	io(b, 10, bio, rd(b, page));
	pa_b_else(b);
	io(b, 12, bio, rd(b, page));
	pa_b_end_if(b);
	pa_b_return(b, rd(b, ok), L(13));
	end(b, 14);
	expect("address-taken-flag", u,
	       "missing-accessible:10:memflag;missing-accessible:12:memflag");
}

/*
 *  1 void consts(struct bio *bio, struct page *page)
 *  2 {
 *  3	do {
 *  4		get_page(page);
 *  5	} while (0);
 *  6	while (1) {
 *  7		if (!arch_make_page_accessible(page))
 *  8			break;
 *  9	}
 * 10	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 11 }
 */
static void t_constant_conditions(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "consts");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	struct pa_opnd r;

	pa_b_loop(b);
	call(b, 4, "get_page", NONE, 1, rd(b, page));
	pa_b_loop_next(b);
	pa_b_loop_while(b, nz(b, K(0), 5));
	pa_b_loop(b);
	pa_b_loop_test(b, nz(b, K(1), 6));
	r = call(b, 7, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	pa_b_if(b, pa_b_not(b, nz(b, r, 7)));
	pa_b_break(b, L(8));
	pa_b_end_if(b);
	pa_b_loop_end(b);
	io(b, 10, bio, rd(b, page));
	end(b, 11);
	expect("constant-conditions", u, "");
}

/*
 *  1 int cond_value(struct bio *bio, struct page *page, bool a)
 *  2 {
 *  3	int ok = a && try_get_page(page);
 *  4
 *  5	if (ok)
 *  6		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  7	else
 *  8		bio_add_page(bio, page, PAGE_SIZE, 0);
 *  9	return ok;
 * 10 }
 */
static void t_cond_value(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "cond_value");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int a = var(b, "a", 3, BOOL), ok = var(b, "ok", 0, 0);
	struct pa_b_cond c;
	struct pa_opnd r;

	c = nz(b, rd(b, a), 3);
	pa_b_and_rhs(b, c);
	r = call(b, 3, "try_get_page", pa_b_temp(b, 0, BOOL), 1, rd(b, page));
	c = pa_b_and(b, c, nz(b, r, 3));
	set(b, ok, pa_b_cond_value(b, c), 3);
	pa_b_if(b, nz(b, rd(b, ok), 5));
	io(b, 6, bio, rd(b, page));
	pa_b_else(b);
	io(b, 8, bio, rd(b, page));
	pa_b_end_if(b);
	pa_b_return(b, rd(b, ok), L(9));
	end(b, 10);
	expect("condition-as-value", u, "missing-accessible:6:cond_value");
}

/*
 *  1 void dead(struct bio *bio, struct page *page, bool c)
 *  2 {
 *  3	get_page(page);
 *  4	if (c)
 *  5		goto out;
 *  6	if (arch_make_page_accessible(page))
 *  7		return;
 *  8	bio_add_page(bio, page, PAGE_SIZE, 0);
 *  9	return;
 * 10	put_page(page);
 * 11 out:
 * 12	bio_add_page(bio, page, PAGE_SIZE, 0);
 * 13 }
 */
static void t_dead_code(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "dead");
	int bio = var(b, "bio", 1, PTR), page = var(b, "page", 2, PTR);
	int c = var(b, "c", 3, BOOL), out = pa_b_label(b);
	struct pa_opnd r;

	call(b, 3, "get_page", NONE, 1, rd(b, page));
	pa_b_if(b, nz(b, rd(b, c), 4));
	pa_b_goto(b, out, L(5));
	pa_b_end_if(b);
	r = call(b, 6, "arch_make_page_accessible", pa_b_temp(b, 0, 0), 1, rd(b, page));
	pa_b_if(b, nz(b, r, 6));
	pa_b_return(b, NONE, L(7));
	pa_b_end_if(b);
	io(b, 8, bio, rd(b, page));
	pa_b_return(b, NONE, L(9));
	call(b, 10, "put_page", NONE, 1, rd(b, page));
	pa_b_place(b, out);
	io(b, 12, bio, rd(b, page));
	end(b, 13);
	if (graph_bad(u, "put_page")) {
		failed++;
		printf("FAIL dead-ends: an edge after a return, or dead code lowered\n");
	} else {
		passed++;
		printf("ok dead-ends\n");
	}
	expect("dead-code-after-return", u, "missing-accessible:12:dead");
}

/*
 *  1 static struct page *grab(struct address_space *m)
 *  2 {
 *  3	struct page *p = find_get_page(m, 0);
 *  4	return p;
 *  5 }
 *  6 void caller(struct bio *bio, struct address_space *m)
 *  7 {
 *  8	struct page *q = grab(m);
 *  9	if (q)
 * 10		bio_add_page(bio, q, PAGE_SIZE, 0);
 * 11 }
 *
 *  1 static void mark(struct page *p)
 *  2 {
 *  3	get_page(p);
 *  4 }
 *  5 void caller2(struct bio *bio, struct page *q)
 *  6 {
 *  7	mark(q);
 *  8	bio_add_page(bio, q, PAGE_SIZE, 0);
 *  9 }
 */
static void t_summary(void)
{
	struct pa_unit *u = pa_unit_new(R);
	struct pa_builder *b = fn(u, "grab");
	int m = var(b, "m", 1, PTR), p = var(b, "p", 0, PTR), bio, q;

	pa_func_set_static(F, 1);
	set(b, p, call(b, 3, "find_get_page", pa_b_temp(b, 1, PTR), 2, rd(b, m), KU(0)), 3);
	pa_b_return(b, rd(b, p), L(4));
	end(b, 5);
	b = fn(u, "caller");
	bio = var(b, "bio", 1, PTR);
	m = var(b, "m", 2, PTR);
	q = var(b, "q", 0, PTR);
	set(b, q, call(b, 8, "grab", pa_b_temp(b, 1, PTR), 1, rd(b, m)), 8);
	pa_b_if(b, nz(b, rd(b, q), 9));
	io(b, 10, bio, rd(b, q));
	pa_b_end_if(b);
	end(b, 11);
	expect("summary-of-a-result", u, "missing-accessible:10:caller");

	u = pa_unit_new(R);
	b = fn(u, "mark");
	pa_func_set_static(F, 1);
	p = var(b, "p", 1, PTR);
	call(b, 3, "get_page", NONE, 1, rd(b, p));
	end(b, 4);		/* falls off the end: a return */
	b = fn(u, "caller2");
	bio = var(b, "bio", 1, PTR);
	q = var(b, "q", 2, PTR);
	call(b, 7, "mark", NONE, 1, rd(b, q));
	io(b, 8, bio, rd(b, q));
	end(b, 9);
	expect("summary-of-a-parameter", u, "missing-accessible:8:caller2");
}

/* What a front end gets wrong is an error of pa_b_finish. */
static void t_errors(void)
{
	static const char *const want[] = {
		"a goto to a label never placed",
		"break outside its statement",
		"1 statement(s) not ended",
		"end of if outside its statement",
		"local 0 moved to memory after its first use",
	};
	char err[256];
	unsigned i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		struct pa_unit *u = pa_unit_new(R);
		struct pa_builder *b = fn(u, "f");
		int x = var(b, "x", 1, 0), ret, ok;

		switch (i) {
		case 0:
			pa_b_goto(b, pa_b_label(b), L(2));
			break;
		case 1:
			pa_b_break(b, L(2));
			break;
		case 2:
			pa_b_if(b, nz(b, rd(b, x), 2));
			break;
		case 3:
			pa_b_end_if(b);
			break;
		case 4:
			rd(b, x);
			pa_b_local_flags(b, x, PA_B_MEMORY);
			break;
		}
		ret = pa_b_finish(b, L(3), err, sizeof(err));
		ok = ret == -1 && !strcmp(err, want[i]);
		ok ? passed++ : failed++;
		printf("%s builder-error-%u\n", ok ? "ok" : "FAIL", i);
		if (!ok)
			printf("    want: %s\n    got:  %d %s\n", want[i], ret, err);
		pa_unit_free(u);
	}
}

int main(void)
{
	char err[512];

	R = pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	if (!R) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	t_straight();
	t_checked();
	t_result();
	t_phi();
	t_if_else();
	t_while();
	t_loop_values();
	t_for_gup();
	t_goto();
	t_goto_back();
	t_goto_into_loop();
	t_switch();
	t_switch_cases();
	t_switch_loop();
	t_and_or();
	t_ternary();
	t_stmt_expr();
	t_try_get();
	t_addr_taken();
	t_constant_conditions();
	t_cond_value();
	t_dead_code();
	t_summary();
	t_errors();
	pa_rules_free(R);
	printf("builder tests: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
