// SPDX-License-Identifier: GPL-2.0
/*
 * The rule database: parsing rule files (format in rules/README.md).
 * Format 2 adds a header (kernel, architecture, accessible functions),
 * includes with overrides and removals, sign sets for error pointers, and
 * conditions on another call's result.  Files without a "format" line are
 * format 1: rule lines only.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include "pageaudit.h"
#include "internal.h"

#define MAX_INCLUDE_DEPTH 8

struct pa_rules {
	const char *filename;
	struct pa_rule *rule;
	int count, cap;
	int *bucket;		/* name hash -> first rule index, -1 empty */
	int nbucket;
	struct pa_strtab names;
	char *accessible;	/* "f() or g()", for messages */
	const char **acc_names;	/* the header's accessible functions */
	int nacc;
	int format;
	const char *kernel, *arch;
	int norigin;		/* files read: the set and its includes */
};

static const char *const role_names[] = {
	[PA_ROLE_MARK] = "mark",
	[PA_ROLE_MARK_ACCESSIBLE] = "mark+accessible",
	[PA_ROLE_ACCESSIBLE] = "accessible",
	[PA_ROLE_RELEASE] = "release",
	[PA_ROLE_IO] = "io",
	[PA_ROLE_SAME] = "same",
	[PA_ROLE_NEUTRAL] = "neutral",
	[PA_ROLE_EXEMPT] = "exempt",
	[PA_ROLE_MARK_NESTED] = "mark-nested",
	[PA_ROLE_NEUTRAL_GET] = "neutral-get",
	[PA_ROLE_NEUTRAL_PUT] = "neutral-put",
	[PA_ROLE_TEST] = "test",
	[PA_ROLE_SIGN] = "sign",
	[PA_ROLE_PREDICATE] = "predicate",
};
#define NROLES_WRITTEN PA_ROLE_SIGN	/* predicate rules come from if: conditions */

static const char *const kinds[] = { "function", "inline", "macro", "field", "global" };

const char *pa_role_name(enum pa_role role)
{
	return role_names[role];
}

static int fail(char *err, size_t errlen, const char *file, int line,
		const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int fail(char *err, size_t errlen, const char *file, int line,
		const char *fmt, ...)
{
	va_list ap;
	int n;

	if (line > 0)
		n = snprintf(err, errlen, "%s:%d: error: ", file, line);
	else
		n = snprintf(err, errlen, "%s: error: ", file);
	if (n < 0 || (size_t)n >= errlen)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

static int is_ident(const char *s)
{
	if (!isalpha((unsigned char)*s) && *s != '_')
		return 0;
	for (s++; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return 0;
	return 1;
}

/* "argN", "outN", "outallocN", "argN=ret": the number after prefix. */
static int parse_argno(const char *s, const char *prefix, const char *suffix)
{
	size_t pl = strlen(prefix), sl = strlen(suffix), n = strlen(s);
	char *end;
	long v;

	if (n <= pl + sl || strncmp(s, prefix, pl) || strcmp(s + n - sl, suffix))
		return 0;
	if (!isdigit((unsigned char)s[pl]))
		return 0;
	v = strtol(s + pl, &end, 10);
	if ((size_t)(end - s) != n - sl || v < 1 || v > 32)
		return 0;
	return (int)v;
}

/* "err|null", "pos": a sign set; 0 if not one. */
static unsigned parse_signs(const char *s)
{
	static const struct { const char *word; unsigned mask; } w[] = {
		{ "neg", PA_SIGN_NEG }, { "err", PA_SIGN_NEG },
		{ "zero", PA_SIGN_ZERO }, { "null", PA_SIGN_ZERO },
		{ "pos", PA_SIGN_POS }, { "ptr", PA_SIGN_POS },
	};
	unsigned mask = 0, i;

	while (*s) {
		size_t n = strcspn(s, "|");

		for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
			if (strlen(w[i].word) == n && !strncmp(s, w[i].word, n))
				break;
		if (i == sizeof(w) / sizeof(w[0]))
			return 0;
		mask |= w[i].mask;
		s += n;
		if (*s == '|' && *++s == 0)
			return 0;
	}
	return mask;
}

static void signs_str(unsigned m, char *b, size_t n, int pointer)
{
	static const char *const num[] = { "neg", "zero", "pos" };
	static const char *const ptr[] = { "err", "null", "ptr" };
	int i;

	b[0] = 0;
	for (i = 0; i < 3; i++)
		if (m & (1u << i))
			snprintf(b + strlen(b), n - strlen(b), "%s%s", b[0] ? "|" : "",
				 pointer ? ptr[i] : num[i]);
}

/* ---- names while parsing: the last rule of each name ------------------------- */

struct namemap {
	const char **key;
	int *last;
	int cap, n;
};

static int *name_slot(struct namemap *m, const char *name)
{
	uint64_t h;

	if ((m->n + 1) * 2 > m->cap) {
		struct namemap o = *m;
		int i;

		m->cap = m->cap ? m->cap * 2 : 256;
		m->key = pa_xcalloc((size_t)m->cap, sizeof(*m->key));
		m->last = pa_xmalloc(sizeof(int) * (size_t)m->cap);
		m->n = 0;
		for (i = 0; i < m->cap; i++)
			m->last[i] = -1;
		for (i = 0; i < o.cap; i++)
			if (o.key[i])
				*name_slot(m, o.key[i]) = o.last[i];
		free(o.key);
		free(o.last);
	}
	h = pa_hash(name, 0) & (uint64_t)(m->cap - 1);
	while (m->key[h] && m->key[h] != name)
		h = (h + 1) & (uint64_t)(m->cap - 1);
	if (!m->key[h]) {
		m->key[h] = name;
		m->n++;
	}
	return &m->last[h];
}

struct parse {
	struct pa_rules *r;
	struct namemap names;
	char *err;
	size_t errlen;
};

static int add_rule(struct parse *p, struct pa_rule *nr, const char *file, int line)
{
	struct pa_rules *r = p->r;
	int *last = name_slot(&p->names, nr->name), i;

	for (i = *last; i >= 0; i = r->rule[i].prev_name) {
		struct pa_rule *o = &r->rule[i];

		if (o->dead)
			continue;
		if (o->origin != nr->origin) {
			/* a rule of an included set: this file's lines replace it */
			o->dead = 1;
			continue;
		}
		if (o->role == nr->role && o->obj == nr->obj && o->argno == nr->argno)
			return fail(p->err, p->errlen, file, line,
				    "duplicate rule for '%s' (first at line %d)", nr->name, o->line);
	}
	PA_GROW(r->rule, r->count, r->cap);
	nr->prev_name = *last;
	nr->file = file;
	nr->line = line;
	r->rule[r->count] = *nr;
	*last = r->count++;
	return 0;
}

static int remove_name(struct parse *p, const char *name, const char *file, int line)
{
	int i, n = 0;

	name = pa_intern(&p->r->names, name);
	for (i = *name_slot(&p->names, name); i >= 0; i = p->r->rule[i].prev_name)
		if (!p->r->rule[i].dead) {
			p->r->rule[i].dead = 1;
			n++;
		}
	if (!n)
		return fail(p->err, p->errlen, file, line,
			    "remove: no rule for '%s' in the included sets", name);
	return 0;
}

/* WHEN: "-" or parts joined by ",": ret!=0, ret>0, ret==0, ret<0,
 * ret=SIGNS, if:COND(argN), if:!COND(argN). */
static int parse_when(struct parse *p, struct pa_rule *nr, char *s, const char *file, int line)
{
	char *part, *save = NULL;

	nr->when = PA_WHEN_ALWAYS;
	if (!strcmp(s, "-"))
		return 0;
	for (part = strtok_r(s, ",", &save); part; part = strtok_r(NULL, ",", &save)) {
		if (!strncmp(part, "if:", 3)) {
			char *c = part + 3, *open, *close;
			int argno;

			nr->cond_sense = 1;
			if (*c == '!') {
				nr->cond_sense = 0;
				c++;
			}
			open = strchr(c, '(');
			close = open ? strchr(open, ')') : NULL;
			if (!open || !close || close[1] || nr->cond)
				return fail(p->err, p->errlen, file, line,
					    "bad condition '%s' (if:NAME(argN) or if:!NAME(argN), once)",
					    part);
			*open = *close = 0;
			argno = parse_argno(open + 1, "arg", "");
			if (!is_ident(c) || !argno)
				return fail(p->err, p->errlen, file, line,
					    "bad condition 'if:%s(%s)' (if:NAME(argN))", c, open + 1);
			nr->cond = pa_intern(&p->r->names, c);
			nr->cond_argno = argno;
			continue;
		}
		if (nr->when != PA_WHEN_ALWAYS)
			return fail(p->err, p->errlen, file, line,
				    "two conditions on the result in '%s'", part);
		if (!strcmp(part, "ret!=0"))
			nr->when = PA_WHEN_NONZERO;
		else if (!strcmp(part, "ret>0"))
			nr->when = PA_WHEN_POSITIVE;
		else if (!strcmp(part, "ret==0"))
			nr->when = PA_WHEN_ZERO;
		else if (!strcmp(part, "ret<0"))
			nr->when = PA_WHEN_NEGATIVE;
		else if (!strncmp(part, "ret=", 4) && (nr->signs = parse_signs(part + 4)))
			nr->when = PA_WHEN_SIGNS;
		else
			return fail(p->err, p->errlen, file, line,
				    "unknown condition '%s' (-, ret!=0, ret>0, ret==0, ret<0, "
				    "ret=SIGNS, if:NAME(argN))", part);
	}
	return 0;
}

static int parse_rule(struct parse *p, char **col, const char *file, int line, int origin)
{
	struct pa_rules *r = p->r;
	struct pa_rule nr = { 0 };
	int i;

	for (i = 0; i <= NROLES_WRITTEN; i++)
		if (!strcmp(col[0], role_names[i]))
			break;
	if (i > NROLES_WRITTEN)
		return fail(p->err, p->errlen, file, line,
			    "unknown role '%s' (mark, mark+accessible, accessible, release, io, same, neutral, exempt, mark-nested, neutral-get, neutral-put, test, sign)",
			    col[0]);
	nr.role = (enum pa_role)i;
	nr.origin = origin;

	for (i = 0; i < 5; i++)
		if (!strcmp(col[4], kinds[i]))
			break;
	if (i == 5)
		return fail(p->err, p->errlen, file, line,
			    "unknown kind '%s' (function, inline, macro, field, global)", col[4]);
	nr.kind = (enum pa_kind)i;

	if (nr.kind == PA_KIND_FIELD) {
		char *dot = strchr(col[1], '.');

		if (!dot)
			return fail(p->err, p->errlen, file, line,
				    "a field rule names STRUCT.FIELD, not '%s'", col[1]);
		*dot = 0;
		if (!is_ident(col[1]) || !is_ident(dot + 1))
			return fail(p->err, p->errlen, file, line,
				    "bad field name '%s.%s'", col[1], dot + 1);
		nr.tag = pa_intern(&r->names, col[1]);
		nr.field = pa_intern(&r->names, dot + 1);
		*dot = '.';
	} else if (!is_ident(col[1])) {
		return fail(p->err, p->errlen, file, line, "bad function name '%s'", col[1]);
	}
	nr.name = pa_intern(&r->names, col[1]);

	if (!strcmp(col[2], "ret")) {
		nr.obj = PA_OBJ_RET;
	} else if (!strcmp(col[2], "field")) {
		nr.obj = PA_OBJ_FIELD;
	} else if (!strcmp(col[2], "store")) {
		nr.obj = PA_OBJ_STORE;
	} else if (!strcmp(col[2], "addr")) {
		nr.obj = PA_OBJ_ADDR;
	} else if (!strcmp(col[2], "store@struct")) {
		nr.obj = PA_OBJ_STORE;
		nr.carrier = PA_CARRIER_STRUCT;
	} else if (strchr(col[2], '@')) {
		char *at = strchr(col[2], '@');

		*at = 0;
		nr.obj = PA_OBJ_ARG;
		nr.argno = parse_argno(col[2], "arg", "");
		nr.carrier = parse_argno(at + 1, "arg", "");
		*at = '@';
		if (!nr.argno || !nr.carrier || nr.argno == nr.carrier)
			return fail(p->err, p->errlen, file, line,
				    "bad carried object '%s' (argN@argM: argument N in the list argument M)",
				    col[2]);
	} else if ((nr.argno = parse_argno(col[2], "arg", "=ret"))) {
		nr.obj = PA_OBJ_ARG_IS_RET;
	} else if ((nr.argno = parse_argno(col[2], "arg", ""))) {
		nr.obj = PA_OBJ_ARG;
	} else if ((nr.argno = parse_argno(col[2], "outalloc", ""))) {
		nr.obj = PA_OBJ_OUTALLOC;
	} else if ((nr.argno = parse_argno(col[2], "out", ""))) {
		nr.obj = PA_OBJ_OUT;
	} else {
		return fail(p->err, p->errlen, file, line,
			    "unknown object '%s' (argN, argN@argM, ret, outN, outallocN, argN=ret, field, store, store@struct, addr)",
			    col[2]);
	}

	if (nr.role == PA_ROLE_TEST || nr.role == PA_ROLE_SIGN) {
		/* the fourth column is a sign set: IS_ERR's argument, ERR_PTR's result */
		nr.signs = parse_signs(col[3]);
		if (!nr.signs)
			return fail(p->err, p->errlen, file, line,
				    "'%s' takes a sign set such as err|null, not '%s'", col[0], col[3]);
		if ((nr.role == PA_ROLE_TEST) != (nr.obj == PA_OBJ_ARG) ||
		    (nr.role == PA_ROLE_SIGN) != (nr.obj == PA_OBJ_RET))
			return fail(p->err, p->errlen, file, line,
				    "role 'test' takes argN and role 'sign' takes ret");
		nr.when = PA_WHEN_SIGNS;
	} else if (parse_when(p, &nr, col[3], file, line)) {
		return -1;
	}

	/* combinations that mean nothing */
	if ((nr.kind == PA_KIND_GLOBAL) != (nr.obj == PA_OBJ_ADDR) ||
	    (nr.role == PA_ROLE_EXEMPT) != (nr.obj == PA_OBJ_ADDR))
		return fail(p->err, p->errlen, file, line,
			    "role 'exempt', object 'addr' and kind 'global' go together");
	if ((nr.kind == PA_KIND_FIELD) !=
	    (nr.obj == PA_OBJ_FIELD || nr.obj == PA_OBJ_STORE))
		return fail(p->err, p->errlen, file, line,
			    "objects 'field' and 'store' go with kind 'field' and only with it");
	if (nr.obj == PA_OBJ_FIELD && nr.role != PA_ROLE_SAME)
		return fail(p->err, p->errlen, file, line, "object 'field' is for role 'same'");
	if (nr.carrier && nr.role != PA_ROLE_IO)
		return fail(p->err, p->errlen, file, line,
			    "a carried object (argN@argM, store@struct) is for role 'io'");
	if (nr.obj == PA_OBJ_STORE && nr.role != PA_ROLE_IO)
		return fail(p->err, p->errlen, file, line, "object 'store' is for role 'io'");
	if ((nr.role == PA_ROLE_SAME) !=
	    (nr.obj == PA_OBJ_ARG_IS_RET || nr.obj == PA_OBJ_FIELD))
		return fail(p->err, p->errlen, file, line,
			    "role 'same' takes object argN=ret or field, and only it does");
	if ((nr.when != PA_WHEN_ALWAYS || nr.cond) &&
	    (nr.role == PA_ROLE_SAME || nr.role == PA_ROLE_NEUTRAL || nr.role == PA_ROLE_EXEMPT ||
	     nr.kind == PA_KIND_FIELD || nr.kind == PA_KIND_GLOBAL) )
		return fail(p->err, p->errlen, file, line,
			    "a condition makes no sense for '%s'", col[0]);
	if (add_rule(p, &nr, file, line))
		return -1;
	if (nr.cond) {
		/* the condition's function: a primitive whose result is the
		 * property of its argument the rule depends on */
		struct pa_rule pr = { 0 };
		int i2;

		for (i2 = *name_slot(&p->names, nr.cond); i2 >= 0; i2 = r->rule[i2].prev_name)
			if (!r->rule[i2].dead && r->rule[i2].role == PA_ROLE_PREDICATE)
				return 0;
		/* COND(x): a property of its first argument */
		pr.role = PA_ROLE_PREDICATE;
		pr.obj = PA_OBJ_ARG;
		pr.argno = 1;
		pr.kind = PA_KIND_FUNCTION;
		pr.name = nr.cond;
		pr.origin = origin;
		return add_rule(p, &pr, file, line);
	}
	return 0;
}

static int parse_text(struct parse *p, const char *text, const char *file, int depth);

static int include_file(struct parse *p, const char *path, const char *from, int line,
			int depth)
{
	char *full, *text = NULL;
	const char *slash = strrchr(from, '/');
	FILE *fp;
	size_t len = 0, cap = 0, n;
	int rc;

	if (depth >= MAX_INCLUDE_DEPTH)
		return fail(p->err, p->errlen, from, line,
			    "includes nested more than %d deep (a cycle?)", MAX_INCLUDE_DEPTH);
	if (path[0] == '/' || !slash)
		full = pa_xstrdup(path);
	else
		full = pa_xasprintf("%.*s/%s", (int)(slash - from), from, path);
	fp = fopen(full, "rb");
	if (!fp) {
		fail(p->err, p->errlen, from, line, "cannot include '%s': %s", full, strerror(errno));
		free(full);
		return -1;
	}
	do {
		PA_GROW(text, len + 4096, cap);
		n = fread(text + len, 1, 4096, fp);
		len += n;
	} while (n == 4096);
	fclose(fp);
	text[len] = 0;
	if (strlen(text) != len) {
		fail(p->err, p->errlen, full, 0, "NUL byte in rule file");
		rc = -1;
	} else {
		rc = parse_text(p, text, pa_intern(&p->r->names, full), depth + 1);
	}
	free(text);
	free(full);
	return rc;
}

/* A header line of format 2: format, kernel, arch, accessible-names, include,
 * remove.  Returns 1 if the line was not one. */
static int parse_directive(struct parse *p, char **col, int n, const char *file, int line,
			   int *format, int depth)
{
	struct pa_rules *r = p->r;
	int i;

	if (!strcmp(col[0], "format")) {
		if (*format)
			return fail(p->err, p->errlen, file, line, "'format' comes once, first");
		if (n != 2 || (strcmp(col[1], "1") && strcmp(col[1], "2")))
			return fail(p->err, p->errlen, file, line, "format 1 or format 2");
		*format = col[1][0] - '0';
		if (depth == 0)
			r->format = *format;
		return 0;
	}
	if (strcmp(col[0], "kernel") && strcmp(col[0], "arch") && strcmp(col[0], "accessible-names") &&
	    strcmp(col[0], "include") && strcmp(col[0], "remove"))
		return 1;
	if (*format != 2)
		return fail(p->err, p->errlen, file, line,
			    "'%s' is a format 2 header line: start the file with 'format 2'", col[0]);
	if (n < 2)
		return fail(p->err, p->errlen, file, line, "'%s' needs a value", col[0]);
	if (!strcmp(col[0], "kernel") || !strcmp(col[0], "arch")) {
		const char **v = col[0][0] == 'k' ? &r->kernel : &r->arch;

		if (n != 2)
			return fail(p->err, p->errlen, file, line, "'%s' takes one value", col[0]);
		/* the including set's word wins over its includes' */
		if (depth == 0 || !*v)
			*v = pa_intern(&r->names, col[1]);
		return 0;
	}
	if (!strcmp(col[0], "accessible-names")) {
		if (depth > 0 && r->nacc)
			return 0;
		r->nacc = 0;
		r->acc_names = pa_xrealloc(r->acc_names, sizeof(char *) * (size_t)n);
		for (i = 1; i < n; i++) {
			if (!is_ident(col[i]))
				return fail(p->err, p->errlen, file, line,
					    "bad function name '%s'", col[i]);
			r->acc_names[r->nacc++] = pa_intern(&r->names, col[i]);
		}
		return 0;
	}
	if (!strcmp(col[0], "include")) {
		if (n != 2)
			return fail(p->err, p->errlen, file, line, "include takes one file");
		return include_file(p, col[1], file, line, depth);
	}
	for (i = 1; i < n; i++)		/* remove */
		if (remove_name(p, col[i], file, line))
			return -1;
	return 0;
}

static int parse_text(struct parse *p, const char *text, const char *file, int depth)
{
	const char *s = text;
	int line = 0, format = 0, origin = p->r->norigin++;

	while (*s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *buf = pa_xmalloc(n + 1), *hash, *save = NULL, *col[64];
		int ncol = 0, rc = 0;

		memcpy(buf, s, n);
		buf[n] = 0;
		line++;
		if ((hash = strchr(buf, '#')))
			*hash = 0;
		for (char *t = strtok_r(buf, " \t\r", &save); t && ncol < 64;
		     t = strtok_r(NULL, " \t\r", &save))
			col[ncol++] = t;
		if (ncol) {
			rc = parse_directive(p, col, ncol, file, line, &format, depth);
			if (rc == 1) {
				rc = 0;
				if (!format)
					format = 1;
				if (ncol != 5)
					rc = fail(p->err, p->errlen, file, line,
						  "expected 5 columns (ROLE NAME OBJECT WHEN KIND), found %d",
						  ncol);
				else
					rc = parse_rule(p, col, file, line, origin);
			}
		}
		free(buf);
		if (rc)
			return -1;
		s += n;
		if (*s == '\n')
			s++;
	}
	if (depth > 0 && format != 2)
		return fail(p->err, p->errlen, file, 0, "an included rule set must be format 2");
	return 0;
}

/* Drop overridden and removed rules; chain each name's rules in file order. */
static void finish(struct pa_rules *r)
{
	int i, j;

	for (i = j = 0; i < r->count; i++)
		if (!r->rule[i].dead)
			r->rule[j++] = r->rule[i];
	r->count = j;
	for (r->nbucket = 64; r->nbucket < r->count * 2; r->nbucket *= 2)
		;
	r->bucket = pa_xmalloc(sizeof(int) * (size_t)r->nbucket);
	for (i = 0; i < r->nbucket; i++)
		r->bucket[i] = -1;
	for (i = 0; i < r->count; i++) {
		uint64_t h = pa_hash(r->rule[i].name, 0) & (uint64_t)(r->nbucket - 1);
		int *p = &r->bucket[h];

		r->rule[i].next_same = -1;
		r->rule[i].prev_name = -1;
		while (*p >= 0) {
			if (r->rule[*p].name == r->rule[i].name) {
				while (r->rule[*p].next_same >= 0)
					p = &r->rule[*p].next_same;
				p = &r->rule[*p].next_same;
				break;
			}
			h = (h + 1) & (uint64_t)(r->nbucket - 1);
			p = &r->bucket[h];
		}
		*p = i;
	}
}

struct pa_rules *pa_rules_parse(const char *text, const char *filename,
				char *err, size_t errlen)
{
	struct pa_rules *r = pa_xcalloc(1, sizeof(*r));
	struct parse p = { r, { 0 }, err, errlen };
	int rc;

	r->filename = pa_intern(&r->names, filename);
	r->format = 1;
	rc = parse_text(&p, text, r->filename, 0);
	free(p.names.key);
	free(p.names.last);
	if (!rc) {
		finish(r);
		if (!r->count)
			rc = fail(err, errlen, r->filename, 0, "no rules in the file");
	}
	if (rc) {
		pa_rules_free(r);
		return NULL;
	}
	return r;
}

struct pa_rules *pa_rules_load(const char *path, char *err, size_t errlen)
{
	FILE *fp = fopen(path, "rb");
	char *text = NULL;
	size_t len = 0, cap = 0, n;
	struct pa_rules *r;

	if (!fp) {
		fail(err, errlen, path, 0, "cannot open rule file: %s", strerror(errno));
		return NULL;
	}
	do {
		PA_GROW(text, len + 4096, cap);
		n = fread(text + len, 1, 4096, fp);
		len += n;
	} while (n == 4096);
	if (ferror(fp)) {
		fail(err, errlen, path, 0, "cannot read rule file: %s", strerror(errno));
		fclose(fp);
		free(text);
		return NULL;
	}
	fclose(fp);
	text[len] = 0;
	if (strlen(text) != len) {
		fail(err, errlen, path, 0, "NUL byte in rule file");
		free(text);
		return NULL;
	}
	r = pa_rules_parse(text, path, err, errlen);
	free(text);
	return r;
}

void pa_rules_free(struct pa_rules *r)
{
	if (!r)
		return;
	free(r->rule);
	free(r->bucket);
	free(r->accessible);
	free(r->acc_names);
	pa_strtab_free(&r->names);
	free(r);
}

int pa_rules_count(const struct pa_rules *r)
{
	return r->count;
}

const struct pa_rule *pa_rules_get(const struct pa_rules *r, int i)
{
	return &r->rule[i];
}

const char *pa_rules_filename(const struct pa_rules *r)
{
	return r->filename;
}

int pa_rules_format(const struct pa_rules *r)
{
	return r->format;
}

const char *pa_rules_kernel(const struct pa_rules *r)
{
	return r->kernel;
}

const char *pa_rules_arch(const struct pa_rules *r)
{
	return r->arch;
}

const struct pa_rule *pa_rules_find(const struct pa_rules *r, const char *name)
{
	uint64_t h = pa_hash(name, 0) & (uint64_t)(r->nbucket - 1);

	while (r->bucket[h] >= 0) {
		const struct pa_rule *rule = &r->rule[r->bucket[h]];

		if (!strcmp(rule->name, name))
			return rule;
		h = (h + 1) & (uint64_t)(r->nbucket - 1);
	}
	return NULL;
}

const struct pa_rule *pa_rules_next(const struct pa_rules *r,
				    const struct pa_rule *rule)
{
	return rule->next_same >= 0 ? &r->rule[rule->next_same] : NULL;
}

const struct pa_rule *pa_rules_field(const struct pa_rules *r, enum pa_role role,
				     const char *tag, const char *field)
{
	int i;

	if (!tag || !field)
		return NULL;
	for (i = 0; i < r->count; i++)
		if (r->rule[i].kind == PA_KIND_FIELD && r->rule[i].role == role &&
		    !strcmp(r->rule[i].tag, tag) && !strcmp(r->rule[i].field, field))
			return &r->rule[i];
	return NULL;
}

const char *pa_rules_accessible(const struct pa_rules *rc)
{
	struct pa_rules *r = (struct pa_rules *)rc;
	size_t len = 32;
	int i, n = 0;

	if (r->accessible)
		return r->accessible;
	/* the header's names, else the accessible rules' */
	for (i = 0; i < r->count; i++)
		len += strlen(r->rule[i].name) + 8;
	for (i = 0; i < r->nacc; i++)
		len += strlen(r->acc_names[i]) + 8;
	r->accessible = pa_xmalloc(len);
	r->accessible[0] = 0;
	for (i = 0; i < (r->nacc ? r->nacc : r->count); i++) {
		const char *name = r->nacc ? r->acc_names[i] : r->rule[i].name;

		if (!r->nacc && r->rule[i].role != PA_ROLE_ACCESSIBLE)
			continue;
		if (n++)
			strcat(r->accessible, " or ");
		strcat(r->accessible, name);
		strcat(r->accessible, "()");
	}
	if (!n)
		strcpy(r->accessible, "accessible call");
	return r->accessible;
}

void pa_rule_format(const struct pa_rule *x, char *buf, size_t len)
{
	char obj[32], when[160], signs[32];

	switch (x->obj) {
	case PA_OBJ_ARG:
		if (x->carrier > 0)
			snprintf(obj, sizeof(obj), "arg%d@arg%d", x->argno, x->carrier);
		else
			snprintf(obj, sizeof(obj), "arg%d", x->argno);
		break;
	case PA_OBJ_RET: snprintf(obj, sizeof(obj), "ret"); break;
	case PA_OBJ_OUT: snprintf(obj, sizeof(obj), "out%d", x->argno); break;
	case PA_OBJ_OUTALLOC: snprintf(obj, sizeof(obj), "outalloc%d", x->argno); break;
	case PA_OBJ_ARG_IS_RET: snprintf(obj, sizeof(obj), "arg%d=ret", x->argno); break;
	case PA_OBJ_FIELD: snprintf(obj, sizeof(obj), "field"); break;
	case PA_OBJ_ADDR: snprintf(obj, sizeof(obj), "addr"); break;
	default: snprintf(obj, sizeof(obj), x->carrier ? "store@struct" : "store"); break;
	}
	signs_str(x->signs, signs, sizeof(signs), 1);
	switch (x->when) {
	case PA_WHEN_NONZERO: snprintf(when, sizeof(when), "ret!=0"); break;
	case PA_WHEN_POSITIVE: snprintf(when, sizeof(when), "ret>0"); break;
	case PA_WHEN_ZERO: snprintf(when, sizeof(when), "ret==0"); break;
	case PA_WHEN_NEGATIVE: snprintf(when, sizeof(when), "ret<0"); break;
	case PA_WHEN_SIGNS:
		snprintf(when, sizeof(when), x->role == PA_ROLE_TEST || x->role == PA_ROLE_SIGN ?
			 "%s" : "ret=%s", signs);
		break;
	default: snprintf(when, sizeof(when), "-"); break;
	}
	if (x->cond)
		snprintf(when + strlen(when), sizeof(when) - strlen(when), "%sif:%s%s(arg%d)",
			 x->when == PA_WHEN_ALWAYS ? "" : ",", x->cond_sense ? "" : "!", x->cond,
			 x->cond_argno);
	if (x->cond && x->when == PA_WHEN_ALWAYS)
		memmove(when, when + 1, strlen(when));	/* no leading "-" */
	snprintf(buf, len, "%s %s %s %s %s", role_names[x->role], x->name, obj, when,
		 kinds[x->kind]);
}
