// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit-diff: what a change did to the findings.  Compares the findings
 * of a base and a head (JSON Lines, as the merge and the plugin write them)
 * by their line-independent fingerprints, applies a baseline and a
 * suppression file, and reports: new findings with their paths (prefixed by
 * ">>", the kernel test robot's way), fixed ones, the count of unchanged
 * ones, suppressed ones with their reasons, stale entries.
 *
 *   pageaudit-diff [-p SRCROOT] [-r RULES] [-b BASELINE] [-w NEW-BASELINE]
 *                  [-x SUPPRESSIONS] [-m BASE-SUMMARIES -M HEAD-SUMMARIES]
 *                  [-S OUT.sarif] [-J OUT.xml] [-H OUT.html] BASE.jsonl HEAD.jsonl
 *
 * Exit 1 when a head finding is new (not in the base, the baseline or a
 * suppression), 0 when none is, 2 on an error (one line).  A fingerprint
 * is computed anew with paths relative to SRCROOT, so that trees checked
 * out in different places compare.  Formats of the baseline and the
 * suppression file: docs/ci.md.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pageaudit.h"

extern const char pa_default_rules[], pa_default_rules_name[];

enum status { ST_UNCHANGED, ST_NEW, ST_FIXED, ST_SUPPRESSED, ST_BASELINE };
static const char *const status_name[] = {
	[ST_UNCHANGED] = "unchanged", [ST_NEW] = "new", [ST_FIXED] = "fixed",
	[ST_SUPPRESSED] = "suppressed", [ST_BASELINE] = "baseline",
};

struct item {
	struct pa_finding fd;
	char fp[17];
	int paired;
	enum status st;
	const struct entry *by;		/* the suppression or baseline entry */
	char *cause;			/* changed summaries it used, or NULL */
};

struct set {
	struct item *it;
	int n, cap;
};

/* A suppression (reason given) or a baseline line. */
struct entry {
	int line;
	char fp[17];			/* or "" */
	char *rule, *function;		/* a suppression by rule and function */
	char *reason;
	char *text;			/* as written, for messages */
	int used;
};

struct entries {
	const char *path;
	struct entry *e;
	int n, cap;
};

static const char *srcroot;

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("pageaudit-diff: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory");
	return p;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);

	if (!d)
		die("out of memory");
	return d;
}

static FILE *open_in(const char *path)
{
	FILE *fp = fopen(path, "r");

	if (!fp)
		die("cannot read '%s'", path);
	return fp;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = 0;
	return s;
}

/* A text file line by line: each line trimmed, a NUL byte an error. */
struct lines {
	const char *path;
	FILE *fp;
	char *buf;
	size_t cap;
	int no;
};

static void lines_open(struct lines *l, const char *path)
{
	memset(l, 0, sizeof(*l));
	l->path = path;
	l->fp = open_in(path);
}

/* The next line, or NULL at the end (the file is closed). */
static char *lines_next(struct lines *l)
{
	ssize_t len = getline(&l->buf, &l->cap, l->fp);

	if (len < 0) {
		if (ferror(l->fp))
			die("cannot read '%s'", l->path);
		fclose(l->fp);
		free(l->buf);
		l->buf = NULL;
		return NULL;
	}
	l->no++;
	if (strlen(l->buf) != (size_t)len)
		die("%s:%d: error: a NUL byte", l->path, l->no);
	return trim(l->buf);
}

/* ---- findings -------------------------------------------------------------- */

static void load_findings(const char *path, struct set *s)
{
	struct lines l;
	char *line, err[256];

	lines_open(&l, path);
	while ((line = lines_next(&l))) {
		struct pa_json *j;
		struct item *it;

		if (!*line)
			continue;
		if (!(j = pa_json_parse(line, strlen(line), err, sizeof(err))))
			die("%s:%d: error: not a JSON finding: %s", path, l.no, err);
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 64;
			s->it = xrealloc(s->it, sizeof(*s->it) * (size_t)s->cap);
		}
		it = &s->it[s->n];
		memset(it, 0, sizeof(*it));
		if (pa_finding_from_json(j, srcroot, &it->fd, err, sizeof(err)))
			die("%s:%d: error: %s", path, l.no, err);
		pa_json_free(j);
		pa_finding_fingerprint(&it->fd, it->fp);
		s->n++;
	}
}

static int by_fp_line(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	int c = strcmp(x->fp, y->fp);

	if (c)
		return c;
	return pa_finding_cmp(&x->fd, &y->fd);
}

static int by_place(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	return pa_finding_cmp(&x->fd, &y->fd);
}

/* Findings with one fingerprint (a function with two I/O sites of the same
 * shape) are paired in the order of their lines; the head's extra ones are
 * new, the base's are fixed. */
static void pair(struct set *base, struct set *head)
{
	int i = 0, j = 0;

	qsort(base->it, (size_t)base->n, sizeof(struct item), by_fp_line);
	qsort(head->it, (size_t)head->n, sizeof(struct item), by_fp_line);
	while (i < base->n && j < head->n) {
		int c = strcmp(base->it[i].fp, head->it[j].fp);

		if (!c) {
			base->it[i++].paired = 1;
			head->it[j++].paired = 1;
		} else if (c < 0) {
			i++;
		} else {
			j++;
		}
	}
	qsort(base->it, (size_t)base->n, sizeof(struct item), by_place);
	qsort(head->it, (size_t)head->n, sizeof(struct item), by_place);
}

/* ---- suppressions and baselines ----------------------------------------------- */

static int is_fingerprint(const char *s, size_t n)
{
	size_t i;

	if (n != 16)
		return 0;
	for (i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i]))
			return 0;
	return 1;
}

static int known_rule(const char *s, size_t n)
{
	unsigned r;

	for (r = 0; pa_rule_info[r].id; r++)
		if (strlen(pa_rule_info[r].id) == n && !strncmp(pa_rule_info[r].id, s, n))
			return 1;
	return 0;
}

static struct entry *add_entry(struct entries *es, int line, const char *text)
{
	struct entry *e;

	if (es->n == es->cap) {
		es->cap = es->cap ? es->cap * 2 : 16;
		es->e = xrealloc(es->e, sizeof(*es->e) * (size_t)es->cap);
	}
	e = &es->e[es->n++];
	memset(e, 0, sizeof(*e));
	e->line = line;
	e->text = xstrdup(text);
	return e;
}

/*
 * One suppression per line, '#' comments and blank lines aside:
 *   FINGERPRINT REASON...           16 hex digits, as the reports print them
 *   RULE:FUNCTION REASON...         every finding of the rule in the function
 * The reason is mandatory.
 */
static void load_suppressions(struct entries *es)
{
	struct lines l;
	char *s;

	lines_open(&l, es->path);
	while ((s = lines_next(&l))) {
		int lineno = l.no;
		char *sp, *colon;
		struct entry *e;
		size_t n;

		if (!*s || *s == '#')
			continue;
		if (strlen(s) != strcspn(s, "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
					  "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"))
			die("%s:%d: error: control character in a suppression", es->path, lineno);
		n = strcspn(s, " \t");
		sp = s + n;
		colon = memchr(s, ':', n);
		e = add_entry(es, lineno, s);
		if (is_fingerprint(s, n)) {
			memcpy(e->fp, s, 16);
		} else if (colon && colon > s && known_rule(s, (size_t)(colon - s)) && colon + 1 < sp) {
			e->rule = xstrdup(s);
			e->rule[colon - s] = 0;
			e->function = xstrdup(colon + 1);
			e->function[sp - colon - 1] = 0;
		} else if (colon && colon > s) {
			die("%s:%d: error: unknown rule '%.*s' (a suppression is FINGERPRINT or RULE:FUNCTION, then the reason)",
			    es->path, lineno, (int)(colon - s), s);
		} else {
			die("%s:%d: error: '%.*s' is neither a fingerprint (16 hex digits) nor RULE:FUNCTION",
			    es->path, lineno, (int)(n > 60 ? 60 : n), s);
		}
		e->text[n] = 0;
		e->reason = xstrdup(trim(sp));
		if (!*e->reason)
			die("%s:%d: error: the suppression of %s gives no reason", es->path, lineno, e->text);
	}
}

#define BASELINE_MAGIC "pageaudit-baseline 1"

/* "pageaudit-baseline 1", then FINGERPRINT RULE FUNCTION FILE:LINE per
 * accepted finding (only the fingerprint counts; the rest is for people). */
static void load_baseline(struct entries *es)
{
	struct lines l;
	char *s;

	lines_open(&l, es->path);
	while ((s = lines_next(&l))) {
		int lineno = l.no;
		size_t n;

		if (lineno == 1) {
			if (strcmp(s, BASELINE_MAGIC))
				die("%s:1: error: not a pageaudit baseline (the first line is '%s')",
				    es->path, BASELINE_MAGIC);
			continue;
		}
		if (!*s || *s == '#')
			continue;
		n = strcspn(s, " \t");
		if (!is_fingerprint(s, n))
			die("%s:%d: error: a baseline line starts with a fingerprint (16 hex digits)",
			    es->path, lineno);
		memcpy(add_entry(es, lineno, s)->fp, s, 16);
	}
	if (!l.no)
		die("%s:1: error: not a pageaudit baseline (empty)", es->path);
}

static int entry_matches(const struct entry *e, const struct item *it)
{
	if (e->fp[0])
		return !strcmp(e->fp, it->fp);
	return !strcmp(e->rule, it->fd.rule) && !strcmp(e->function, it->fd.function);
}

static void write_baseline(const char *path, const struct set *head)
{
	FILE *fp = fopen(path, "w");
	int i;

	if (!fp)
		die("cannot write '%s'", path);
	fprintf(fp, "%s\n# FINGERPRINT RULE FUNCTION FILE:LINE, one per accepted finding\n",
		BASELINE_MAGIC);
	for (i = 0; i < head->n; i++) {
		const struct item *it = &head->it[i];

		if (it->st != ST_SUPPRESSED)
			fprintf(fp, "%s %s %s %s:%d\n", it->fp, it->fd.rule, it->fd.function,
				it->fd.loc.file, it->fd.loc.line);
	}
	if (fclose(fp))
		die("cannot write '%s'", path);
}

/* ---- summaries that changed --------------------------------------------------- */

/* A function's summary as text, without the I/O locations (a line shift
 * is not a change). */
struct sumtext {
	char *name, *text;
};

struct sumdb {
	struct sumtext *s;
	int n, cap;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct sumtext *)a)->name, ((const struct sumtext *)b)->name);
}

static void load_sumdb(const char *path, struct sumdb *db)
{
	struct lines l;
	size_t tlen = 0;
	struct sumtext *cur = NULL;
	char *s;

	lines_open(&l, path);
	while ((s = lines_next(&l))) {
		int lineno = l.no;

		if (lineno == 1) {
			if (strncmp(s, "pageaudit-summaries ", 20))
				die("%s:1: error: not a pageaudit summary database", path);
			continue;
		}
		if (*s == '#' || !*s)
			continue;
		if (s[0] == 'S' && s[1] == ' ') {
			if (db->n == db->cap) {
				db->cap = db->cap ? db->cap * 2 : 256;
				db->s = xrealloc(db->s, sizeof(*db->s) * (size_t)db->cap);
			}
			cur = &db->s[db->n++];
			cur->name = xstrdup(s + 2);
			cur->name[strcspn(cur->name, " ")] = 0;
			cur->text = xstrdup("");
			tlen = 0;
			continue;
		}
		if (!cur)
			die("%s:%d: error: a summary line before any 'S NAME'", path, lineno);
		if (s[0] == 'x') {
			/* x UNKNOWN RULES and 14 signs; then the I/O's callee and place */
			int k = 0;
			char *p = s;

			while (*p && k < 17) {
				p += strcspn(p, " ");
				p += strspn(p, " ");
				k++;
			}
			*p = 0;
		}
		{
			size_t n = strlen(s);

			cur->text = xrealloc(cur->text, tlen + n + 2);
			memcpy(cur->text + tlen, s, n);
			tlen += n;
			cur->text[tlen++] = '\n';
			cur->text[tlen] = 0;
		}
	}
	qsort(db->s, (size_t)db->n, sizeof(*db->s), by_name);
}

static const struct sumtext *sum_find(const struct sumdb *db, const char *name)
{
	struct sumtext key = { (char *)name, NULL };

	return db->n ? bsearch(&key, db->s, (size_t)db->n, sizeof(*db->s), by_name) : NULL;
}

/* The functions among a finding's summaries whose summary is not the same
 * in the base and the head (or exists in one only). */
static char *changed_cause(const struct item *it, const struct sumdb *b, const struct sumdb *h)
{
	char *out = NULL;
	size_t len = 0;
	int i;

	for (i = 0; i < it->fd.nsummaries; i++) {
		const char *name = it->fd.summaries[i];
		const struct sumtext *x = sum_find(b, name), *y = sum_find(h, name);

		if ((!x && !y) || (x && y && !strcmp(x->text, y->text)))
			continue;
		out = xrealloc(out, len + strlen(name) + 5);
		len += (size_t)sprintf(out + len, "%s%s()", len ? ", " : "", name);
	}
	return out;
}

/* ---- text ---------------------------------------------------------------------- */

static void print_prefixed(FILE *out, const struct item *it, const char *prefix)
{
	char *buf = NULL, *p;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (!m)
		die("out of memory");
	pa_finding_print(m, &it->fd, PA_TEXT_GCC, NULL, 0);
	fclose(m);
	for (p = buf; *p; ) {
		size_t n = strcspn(p, "\n");

		fprintf(out, "%s%.*s\n", prefix, (int)n, p);
		p += n + (p[n] == '\n');
	}
	free(buf);
}

static void print_text(FILE *out, const struct set *base, const struct set *head,
		       const struct entries *supp, const struct entries *bl, const int *count)
{
	int i;

	if (count[ST_NEW]) {
		fprintf(out, "new findings (prefixed by >>), with their paths:\n");
		for (i = 0; i < head->n; i++) {
			const struct item *it = &head->it[i];

			if (it->st != ST_NEW)
				continue;
			print_prefixed(out, it, ">> ");
			if (it->cause)
				fprintf(out, ">> %s:%d:%d: note: new through the changed summary of %s\n",
					it->fd.loc.file, it->fd.loc.line, it->fd.loc.col, it->cause);
			fprintf(out, ">> %s:%d:%d: note: fingerprint %s\n", it->fd.loc.file,
				it->fd.loc.line, it->fd.loc.col, it->fp);
		}
	}
	if (count[ST_SUPPRESSED]) {
		fprintf(out, "suppressed findings:\n");
		for (i = 0; i < head->n; i++) {
			const struct item *it = &head->it[i];

			if (it->st != ST_SUPPRESSED)
				continue;
			print_prefixed(out, it, "   ");
			fprintf(out, "   %s:%d: note: suppressed (%s, %s): %s\n", supp->path,
				it->by->line, it->paired ? "in the base too" : "new",
				it->by->text, it->by->reason);
		}
	}
	if (count[ST_FIXED]) {
		fprintf(out, "fixed findings:\n");
		for (i = 0; i < base->n; i++)
			if (base->it[i].st == ST_FIXED)
				fprintf(out, "   %s:%d:%d: fixed: %s [pageaudit-%s]\n", base->it[i].fd.loc.file,
					base->it[i].fd.loc.line, base->it[i].fd.loc.col,
					base->it[i].fd.message, base->it[i].fd.rule);
	}
	for (i = 0; supp && i < supp->n; i++)
		if (!supp->e[i].used)
			fprintf(out, "%s:%d: warning: stale suppression: %s matches no finding\n",
				supp->path, supp->e[i].line, supp->e[i].text);
	for (i = 0; bl && i < bl->n; i++)
		if (!bl->e[i].used)
			fprintf(out, "%s:%d: warning: stale baseline entry: %s matches no finding\n",
				bl->path, bl->e[i].line, bl->e[i].fp);
	fprintf(out, "pageaudit-diff: %d new, %d fixed, %d unchanged, %d suppressed, %d in the baseline\n",
		count[ST_NEW], count[ST_FIXED], count[ST_UNCHANGED], count[ST_SUPPRESSED],
		count[ST_BASELINE]);
}

/* ---- JUnit XML ------------------------------------------------------------------ */

static void xml(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '&': fputs("&amp;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		default:
			/* XML 1.0 has no other control characters */
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				fputc('?', fp);
			else
				fputc(c, fp);
		}
	}
}

static char *finding_text(const struct item *it)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (!m)
		die("out of memory");
	pa_finding_print(m, &it->fd, PA_TEXT_GCC, NULL, 0);
	fclose(m);
	return buf;
}

static void junit_case(FILE *fp, const struct item *it)
{
	char *text = finding_text(it);

	fprintf(fp, "<testcase classname=\"pageaudit.");
	xml(fp, it->fd.rule);
	fprintf(fp, "\" name=\"");
	xml(fp, it->fd.loc.file);
	fprintf(fp, ": ");
	xml(fp, it->fd.function);
	fprintf(fp, ": ");
	xml(fp, it->fd.object);
	fprintf(fp, " (%s)\" file=\"", it->fp);
	xml(fp, it->fd.loc.file);
	fprintf(fp, "\" line=\"%d\">", it->fd.loc.line);
	switch (it->st) {
	case ST_NEW:
		fprintf(fp, "<failure type=\"pageaudit-%s\" message=\"new: ", it->fd.rule);
		xml(fp, it->fd.message);
		fprintf(fp, "\">");
		xml(fp, text);
		if (it->cause) {
			fprintf(fp, "new through the changed summary of ");
			xml(fp, it->cause);
			fputc('\n', fp);
		}
		fprintf(fp, "</failure>");
		break;
	case ST_SUPPRESSED:
		fprintf(fp, "<skipped message=\"suppressed: ");
		xml(fp, it->by->reason);
		fprintf(fp, "\"/><system-out>");
		xml(fp, text);
		fprintf(fp, "</system-out>");
		break;
	default:
		fprintf(fp, "<system-out>%s: ", status_name[it->st]);
		xml(fp, text);
		fprintf(fp, "</system-out>");
	}
	fprintf(fp, "</testcase>\n");
	free(text);
}

static void write_junit(const char *path, const struct set *base, const struct set *head,
			const int *count)
{
	FILE *fp = fopen(path, "w");
	int i, tests = head->n + count[ST_FIXED] + 1;

	if (!fp)
		die("cannot write '%s'", path);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(fp, "<testsuites name=\"pageaudit\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">\n",
		tests, count[ST_NEW], count[ST_SUPPRESSED]);
	fprintf(fp, "<testsuite name=\"pageaudit\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">\n",
		tests, count[ST_NEW], count[ST_SUPPRESSED]);
	/* one case that always exists: the gate ran */
	fprintf(fp, "<testcase classname=\"pageaudit\" name=\"gate\"><system-out>%d new, %d fixed, "
		"%d unchanged, %d suppressed, %d in the baseline</system-out></testcase>\n",
		count[ST_NEW], count[ST_FIXED], count[ST_UNCHANGED], count[ST_SUPPRESSED],
		count[ST_BASELINE]);
	for (i = 0; i < head->n; i++)
		junit_case(fp, &head->it[i]);
	for (i = 0; i < base->n; i++)
		if (base->it[i].st == ST_FIXED)
			junit_case(fp, &base->it[i]);
	fprintf(fp, "</testsuite>\n</testsuites>\n");
	if (fclose(fp))
		die("cannot write '%s'", path);
}

/* ---- SARIF ----------------------------------------------------------------------- */

static void write_sarif(const char *path, const struct set *head, const struct pa_rules *rules)
{
	FILE *fp = fopen(path, "w");
	const struct pa_finding **fd = xrealloc(NULL, sizeof(*fd) * (size_t)(head->n + 1));
	struct pa_sarif_state *st = xrealloc(NULL, sizeof(*st) * (size_t)(head->n + 1));
	int i;

	if (!fp)
		die("cannot write '%s'", path);
	for (i = 0; i < head->n; i++) {
		const struct item *it = &head->it[i];

		fd[i] = &it->fd;
		st[i].baseline = it->paired ? "unchanged" : "new";
		st[i].justification = it->st == ST_SUPPRESSED ? it->by->reason :
			it->st == ST_BASELINE ? "accepted in the baseline" : NULL;
	}
	if (pa_sarif_write_states(fp, fd, head->n, srcroot, rules, st) || fclose(fp))
		die("cannot write '%s'", path);
	free(fd);
	free(st);
}

/* ---- HTML ------------------------------------------------------------------------ */

struct source {
	char *file;
	char **line;
	int n;
	struct source *next;
};

static struct source *sources;

static const struct source *source_of(const char *file)
{
	struct source *s;
	char *path, *buf = NULL;
	size_t cap = 0;
	ssize_t len;
	FILE *fp;

	for (s = sources; s; s = s->next)
		if (!strcmp(s->file, file))
			return s;
	s = calloc(1, sizeof(*s));
	if (!s)
		die("out of memory");
	s->file = xstrdup(file);
	s->next = sources;
	sources = s;
	if (strstr(file, "../"))
		return s;	/* only files of the tree */
	if (file[0] == '/' || !srcroot)
		path = xstrdup(file);
	else {
		path = xrealloc(NULL, strlen(srcroot) + strlen(file) + 2);
		sprintf(path, "%s%s%s", srcroot,
			srcroot[0] && srcroot[strlen(srcroot) - 1] == '/' ? "" : "/", file);
	}
	fp = fopen(path, "r");
	free(path);
	if (!fp)
		return s;	/* no source: the steps alone */
	while ((len = getline(&buf, &cap, fp)) >= 0) {
		while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			buf[--len] = 0;
		s->line = xrealloc(s->line, sizeof(char *) * (size_t)(s->n + 1));
		s->line[s->n++] = xstrdup(buf);
	}
	free(buf);
	fclose(fp);
	return s;
}

static const char html_style[] =
	"body{font:14px/1.4 sans-serif;margin:1em 2em;color:#222}"
	"h1{font-size:1.4em}h2{font-size:1.1em;margin:0}"
	".summary{font-weight:bold}"
	".finding{border:1px solid #bbb;border-radius:4px;margin:1.5em 0;padding:.6em 1em}"
	".finding.new{border-color:#c00;border-width:2px}"
	".badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;background:#777;margin-right:.5em}"
	".new .badge{background:#c00}.suppressed .badge{background:#b80}.fixed .badge{background:#080}"
	".message{margin:.4em 0}.meta{color:#555;font-size:12px}"
	"ol.steps{margin:.4em 0}"
	".filename{font:bold 13px monospace;background:#eee;padding:2px 6px;margin-top:.6em}"
	"table.source{border-collapse:collapse;font:13px monospace;tab-size:8;width:100%}"
	"table.source td{padding:0 6px;white-space:pre;vertical-align:top}"
	"td.ln{color:#888;text-align:right;width:4em;user-select:none}"
	"tr.hit td.code{background:#fff3c4}"
	"tr.gap td{color:#888}"
	"tr.note td.text{white-space:normal;font:13px sans-serif}"
	".bubble{display:inline-block;min-width:1.4em;text-align:center;border-radius:1em;"
	"background:#369;color:#fff;font-weight:bold;margin-right:.5em}"
	".bubble.mark{background:#a50}.bubble.accessible{background:#080}"
	".bubble.io{background:#c00}.bubble.release{background:#666}"
	".notebox{display:inline-block;border:1px solid #9ab;background:#eef4ff;border-radius:4px;padding:1px 8px}";

static const char *const step_event[] = {
	[PA_STEP_MARK] = "mark", [PA_STEP_ACCESSIBLE] = "accessible",
	[PA_STEP_RELEASE] = "release", [PA_STEP_BRANCH] = "branch",
	[PA_STEP_CALL] = "call", [PA_STEP_IO] = "io",
};

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* The source around the steps of one file, each step's note under its line
 * with its number (scan-build's and CodeChecker's shape): CONTEXT lines
 * either side of each step, a gap mark between windows. */
#define CONTEXT 3
static void html_file(FILE *fp, const struct item *it, int idx, const char *file)
{
	const struct source *src = source_of(file);
	int *at = xrealloc(NULL, sizeof(int) * (size_t)(it->fd.nsteps + 1));
	int n = 0, i, k, l, last = 0;

	for (k = 0; k < it->fd.nsteps; k++)
		if (!strcmp(it->fd.steps[k].loc.file, file))
			at[n++] = it->fd.steps[k].loc.line;
	qsort(at, (size_t)n, sizeof(int), cmp_int);
	fprintf(fp, "<div class=\"filename\">");
	xml(fp, file);
	fprintf(fp, "</div>\n<table class=\"source\">\n");
	for (i = 0; i < n; i++) {
		int from = at[i] - CONTEXT < 1 ? 1 : at[i] - CONTEXT;

		if (from <= last + 1)
			from = last + 1;
		else if (last)
			fprintf(fp, "<tr class=\"gap\"><td class=\"ln\">&#8942;</td><td></td></tr>\n");
		for (l = from; l <= at[i] + CONTEXT; l++) {
			int hit = 0;

			/* a window ends where the next step's begins */
			if (i + 1 < n && l >= at[i + 1] - CONTEXT && l > at[i])
				break;
			for (k = 0; k < n; k++)
				hit |= at[k] == l;
			fprintf(fp, "<tr class=\"line%s\" data-line=\"%d\"><td class=\"ln\">%d</td><td class=\"code\">",
				hit ? " hit" : "", l, l);
			if (l <= src->n)
				xml(fp, src->line[l - 1]);
			fprintf(fp, "</td></tr>\n");
			for (k = 0; k < it->fd.nsteps && hit; k++) {
				const struct pa_step *st = &it->fd.steps[k];

				if (st->loc.line != l || strcmp(st->loc.file, file))
					continue;
				fprintf(fp, "<tr class=\"note\" id=\"f%d-s%d\"><td class=\"ln\"></td><td class=\"text\">"
					"<span class=\"notebox\"><span class=\"bubble %s\" data-step=\"%d\">%d</span>",
					idx, k + 1, step_event[st->kind], k + 1, k + 1);
				xml(fp, st->text);
				fprintf(fp, "</span></td></tr>\n");
			}
			last = l;
		}
	}
	fprintf(fp, "</table>\n");
	free(at);
}

static void html_finding(FILE *fp, const struct item *it, int idx)
{
	int k, j;

	fprintf(fp, "<section class=\"finding %s\" id=\"f%d\" data-fingerprint=\"%s\" data-status=\"%s\">\n",
		status_name[it->st], idx, it->fp, status_name[it->st]);
	fprintf(fp, "<h2><span class=\"badge\">%s</span>", status_name[it->st]);
	xml(fp, it->fd.rule);
	fprintf(fp, " in ");
	xml(fp, it->fd.function);
	fprintf(fp, "() at ");
	xml(fp, it->fd.loc.file);
	fprintf(fp, ":%d</h2>\n<p class=\"message\">", it->fd.loc.line);
	xml(fp, it->fd.message);
	fprintf(fp, " [pageaudit-");
	xml(fp, it->fd.rule);
	fprintf(fp, "]</p>\n<p class=\"meta\">fingerprint %s", it->fp);
	if (it->cause) {
		fprintf(fp, "; new through the changed summary of ");
		xml(fp, it->cause);
	}
	if (it->st == ST_SUPPRESSED) {
		fprintf(fp, "; suppressed: ");
		xml(fp, it->by->reason);
	}
	fprintf(fp, "</p>\n<ol class=\"steps\">\n");
	for (k = 0; k < it->fd.nsteps; k++) {
		const struct pa_step *st = &it->fd.steps[k];

		fprintf(fp, "<li class=\"step\" data-step=\"%d\"><a href=\"#f%d-s%d\">", k + 1, idx, k + 1);
		xml(fp, st->loc.file);
		fprintf(fp, ":%d</a> ", st->loc.line);
		xml(fp, st->text);
		fprintf(fp, "</li>\n");
	}
	fprintf(fp, "</ol>\n");
	if (it->st != ST_FIXED)	/* a fixed finding's lines are the base's */
		for (k = 0; k < it->fd.nsteps; k++) {
			for (j = 0; j < k; j++)
				if (!strcmp(it->fd.steps[j].loc.file, it->fd.steps[k].loc.file))
					break;
			if (j == k)
				html_file(fp, it, idx, it->fd.steps[k].loc.file);
		}
	fprintf(fp, "</section>\n");
}

static void write_html(const char *path, const struct set *base, const struct set *head,
		       const int *count)
{
	static const enum status order[] = { ST_NEW, ST_SUPPRESSED, ST_UNCHANGED, ST_BASELINE };
	FILE *fp = fopen(path, "w");
	unsigned o;
	int i, idx = 0;

	if (!fp)
		die("cannot write '%s'", path);
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		"<title>pageaudit: %d new, %d fixed</title>\n<style>%s</style></head>\n<body>\n",
		count[ST_NEW], count[ST_FIXED], html_style);
	fprintf(fp, "<h1>pageaudit</h1>\n<p class=\"summary\" id=\"summary\">%d new, %d fixed, %d unchanged, "
		"%d suppressed, %d in the baseline</p>\n", count[ST_NEW], count[ST_FIXED],
		count[ST_UNCHANGED], count[ST_SUPPRESSED], count[ST_BASELINE]);
	for (o = 0; o < sizeof(order) / sizeof(order[0]); o++)
		for (i = 0; i < head->n; i++)
			if (head->it[i].st == order[o])
				html_finding(fp, &head->it[i], ++idx);
	for (i = 0; i < base->n; i++)
		if (base->it[i].st == ST_FIXED)
			html_finding(fp, &base->it[i], ++idx);
	fprintf(fp, "</body></html>\n");
	if (fclose(fp))
		die("cannot write '%s'", path);
}

/* ---- main ------------------------------------------------------------------------- */

/* SRCROOT as the merge writes it: an absolute directory ending in '/' */
static const char *root_dir(const char *arg)
{
	char *abs = realpath(arg, NULL), *r;

	if (!abs)
		die("no directory '%s' (-p)", arg);
	r = xrealloc(NULL, strlen(abs) + 2);
	sprintf(r, "%s%s", abs, abs[strlen(abs) - 1] == '/' ? "" : "/");
	free(abs);
	return r;
}

static void usage(void)
{
	fprintf(stderr, "usage: pageaudit-diff [-p SRCROOT] [-r RULES] [-b BASELINE] [-w NEW-BASELINE] "
		"[-x SUPPRESSIONS] [-m BASE-SUMMARIES -M HEAD-SUMMARIES] [-S OUT.sarif] [-J OUT.xml] "
		"[-H OUT.html] BASE.jsonl HEAD.jsonl\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *rules_path = NULL, *write_bl = NULL, *sarif = NULL, *junit = NULL, *html = NULL;
	const char *bdb = NULL, *hdb = NULL;
	struct entries supp = { 0 }, bl = { 0 };
	struct set base = { 0 }, head = { 0 };
	struct sumdb bsum = { 0 }, hsum = { 0 };
	struct pa_rules *rules;
	int count[ST_BASELINE + 1] = { 0 };
	char err[1024];
	int opt, i, k;

	while ((opt = getopt(argc, argv, "p:r:b:w:x:m:M:S:J:H:h")) != -1) {
		switch (opt) {
		case 'p': srcroot = root_dir(optarg); break;
		case 'r': rules_path = optarg; break;
		case 'b': bl.path = optarg; break;
		case 'w': write_bl = optarg; break;
		case 'x': supp.path = optarg; break;
		case 'm': bdb = optarg; break;
		case 'M': hdb = optarg; break;
		case 'S': sarif = optarg; break;
		case 'J': junit = optarg; break;
		case 'H': html = optarg; break;
		default: usage();
		}
	}
	if (argc - optind != 2)
		usage();
	if (!bdb != !hdb)
		die("-m and -M go together (the base's and the head's summary databases)");
	rules = rules_path ? pa_rules_load(rules_path, err, sizeof(err)) :
		pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	if (!rules)
		die("%s", err);
	/* every input is read before anything is written */
	if (supp.path)
		load_suppressions(&supp);
	if (bl.path)
		load_baseline(&bl);
	if (bdb) {
		load_sumdb(bdb, &bsum);
		load_sumdb(hdb, &hsum);
	}
	load_findings(argv[optind], &base);
	load_findings(argv[optind + 1], &head);
	pair(&base, &head);

	for (i = 0; i < base.n; i++)
		if (!base.it[i].paired) {
			base.it[i].st = ST_FIXED;
			count[ST_FIXED]++;
		}
	for (i = 0; i < head.n; i++) {
		struct item *it = &head.it[i];

		it->st = it->paired ? ST_UNCHANGED : ST_NEW;
		/* a suppression covers every finding it names, old or new */
		for (k = 0; k < supp.n && it->st != ST_SUPPRESSED; k++)
			if (entry_matches(&supp.e[k], it)) {
				supp.e[k].used = 1;
				it->st = ST_SUPPRESSED;
				it->by = &supp.e[k];
			}
		/* a baseline line accepts one finding: a new one is not new */
		for (k = 0; k < bl.n && it->st != ST_SUPPRESSED; k++)
			if (!bl.e[k].used && entry_matches(&bl.e[k], it)) {
				bl.e[k].used = 1;
				if (it->st == ST_NEW) {
					it->st = ST_BASELINE;
					it->by = &bl.e[k];
				}
				break;
			}
		if (it->st == ST_NEW && bdb)
			it->cause = changed_cause(it, &bsum, &hsum);
		count[it->st]++;
	}

	print_text(stdout, &base, &head, supp.path ? &supp : NULL, bl.path ? &bl : NULL, count);
	if (write_bl)
		write_baseline(write_bl, &head);
	if (sarif)
		write_sarif(sarif, &head, rules);
	if (junit)
		write_junit(junit, &base, &head, count);
	if (html)
		write_html(html, &base, &head, count);
	if (fflush(stdout) || ferror(stdout))
		die("cannot write the report");
	pa_rules_free(rules);
	return count[ST_NEW] ? 1 : 0;
}
