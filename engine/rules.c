// SPDX-License-Identifier: GPL-2.0
/* The rule database: parsing rule files (format in rules/README.md). */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include "pageaudit.h"
#include "internal.h"

struct pa_rules {
	const char *filename;
	struct pa_rule *rule;
	int count, cap;
	int *bucket;		/* name hash -> first rule index, -1 empty */
	char *accessible;	/* "f() or g()", for messages */
	int nbucket;
	struct pa_strtab names;
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
};

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

static int add_rule(struct pa_rules *r, struct pa_rule *nr, char *err,
		    size_t errlen, int line)
{
	const struct pa_rule *o;

	for (o = pa_rules_find(r, nr->name); o; o = pa_rules_next(r, o))
		if (o->role == nr->role && o->obj == nr->obj && o->argno == nr->argno)
			return fail(err, errlen, r->filename, line,
				    "duplicate rule for '%s' (first at line %d)",
				    nr->name, o->line);
	PA_GROW(r->rule, r->count, r->cap);
	r->rule[r->count] = *nr;
	r->rule[r->count].next_same = -1;
	/* chain at the end so that rules keep file order */
	{
		uint64_t h = pa_hash(nr->name, 0) % (uint64_t)r->nbucket;
		int *p = &r->bucket[h];

		while (*p >= 0) {
			if (r->rule[*p].name == nr->name) {
				while (r->rule[*p].next_same >= 0)
					p = &r->rule[*p].next_same;
				p = &r->rule[*p].next_same;
				break;
			}
			h = (h + 1) % (uint64_t)r->nbucket;
			p = &r->bucket[h];
		}
		*p = r->count;
	}
	r->count++;
	return 0;
}

static int parse_line(struct pa_rules *r, char *s, int line, char *err,
		      size_t errlen)
{
	char *col[6], *save = NULL, *hash;
	struct pa_rule nr = { 0 };
	int n = 0, i;
	static const char *const kinds[] = { "function", "inline", "macro", "field", "global" };

	hash = strchr(s, '#');
	if (hash)
		*hash = 0;
	for (char *t = strtok_r(s, " \t\r", &save); t; t = strtok_r(NULL, " \t\r", &save)) {
		if (n == 5)
			return fail(err, errlen, r->filename, line,
				    "too many columns (expected ROLE NAME OBJECT WHEN KIND)");
		col[n++] = t;
	}
	if (!n)
		return 0;
	if (n != 5)
		return fail(err, errlen, r->filename, line,
			    "expected 5 columns (ROLE NAME OBJECT WHEN KIND), found %d", n);

	for (i = 0; i <= PA_ROLE_EXEMPT; i++)
		if (!strcmp(col[0], role_names[i]))
			break;
	if (i > PA_ROLE_EXEMPT)
		return fail(err, errlen, r->filename, line,
			    "unknown role '%s' (mark, mark+accessible, accessible, release, io, same, neutral, exempt)",
			    col[0]);
	nr.role = (enum pa_role)i;

	for (i = 0; i < 5; i++)
		if (!strcmp(col[4], kinds[i]))
			break;
	if (i == 5)
		return fail(err, errlen, r->filename, line,
			    "unknown kind '%s' (function, inline, macro, field, global)", col[4]);
	nr.kind = (enum pa_kind)i;

	if (nr.kind == PA_KIND_FIELD) {
		char *dot = strchr(col[1], '.');

		if (!dot)
			return fail(err, errlen, r->filename, line,
				    "a field rule names STRUCT.FIELD, not '%s'", col[1]);
		*dot = 0;
		if (!is_ident(col[1]) || !is_ident(dot + 1))
			return fail(err, errlen, r->filename, line,
				    "bad field name '%s.%s'", col[1], dot + 1);
		nr.tag = pa_intern(&r->names, col[1]);
		nr.field = pa_intern(&r->names, dot + 1);
		*dot = '.';
	} else if (!is_ident(col[1])) {
		return fail(err, errlen, r->filename, line,
			    "bad function name '%s'", col[1]);
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
	} else if ((nr.argno = parse_argno(col[2], "arg", "=ret"))) {
		nr.obj = PA_OBJ_ARG_IS_RET;
	} else if ((nr.argno = parse_argno(col[2], "arg", ""))) {
		nr.obj = PA_OBJ_ARG;
	} else if ((nr.argno = parse_argno(col[2], "outalloc", ""))) {
		nr.obj = PA_OBJ_OUTALLOC;
	} else if ((nr.argno = parse_argno(col[2], "out", ""))) {
		nr.obj = PA_OBJ_OUT;
	} else {
		return fail(err, errlen, r->filename, line,
			    "unknown object '%s' (argN, ret, outN, outallocN, argN=ret, field, store, addr)",
			    col[2]);
	}

	if (!strcmp(col[3], "-"))
		nr.when = PA_WHEN_ALWAYS;
	else if (!strcmp(col[3], "ret!=0"))
		nr.when = PA_WHEN_NONZERO;
	else if (!strcmp(col[3], "ret>0"))
		nr.when = PA_WHEN_POSITIVE;
	else if (!strcmp(col[3], "ret==0"))
		nr.when = PA_WHEN_ZERO;
	else
		return fail(err, errlen, r->filename, line,
			    "unknown condition '%s' (-, ret!=0, ret>0, ret==0)", col[3]);

	/* combinations that mean nothing */
	if ((nr.kind == PA_KIND_GLOBAL) != (nr.obj == PA_OBJ_ADDR) ||
	    (nr.role == PA_ROLE_EXEMPT) != (nr.obj == PA_OBJ_ADDR))
		return fail(err, errlen, r->filename, line,
			    "role 'exempt', object 'addr' and kind 'global' go together");
	if ((nr.kind == PA_KIND_FIELD) !=
	    (nr.obj == PA_OBJ_FIELD || nr.obj == PA_OBJ_STORE))
		return fail(err, errlen, r->filename, line,
			    "objects 'field' and 'store' go with kind 'field' and only with it");
	if (nr.obj == PA_OBJ_FIELD && nr.role != PA_ROLE_SAME)
		return fail(err, errlen, r->filename, line,
			    "object 'field' is for role 'same'");
	if (nr.obj == PA_OBJ_STORE && nr.role != PA_ROLE_IO)
		return fail(err, errlen, r->filename, line,
			    "object 'store' is for role 'io'");
	if ((nr.role == PA_ROLE_SAME) !=
	    (nr.obj == PA_OBJ_ARG_IS_RET || nr.obj == PA_OBJ_FIELD))
		return fail(err, errlen, r->filename, line,
			    "role 'same' takes object argN=ret or field, and only it does");
	if (nr.when != PA_WHEN_ALWAYS &&
	    (nr.role == PA_ROLE_SAME || nr.kind == PA_KIND_FIELD || nr.kind == PA_KIND_GLOBAL))
		return fail(err, errlen, r->filename, line,
			    "a condition on the result makes no sense for '%s'", col[0]);
	return add_rule(r, &nr, err, errlen, line);
}

struct pa_rules *pa_rules_parse(const char *text, const char *filename,
				char *err, size_t errlen)
{
	struct pa_rules *r = pa_xcalloc(1, sizeof(*r));
	const char *p = text;
	int line = 0, i;

	r->nbucket = 1024;
	r->bucket = pa_xmalloc(sizeof(int) * (size_t)r->nbucket);
	for (i = 0; i < r->nbucket; i++)
		r->bucket[i] = -1;
	r->filename = pa_intern(&r->names, filename);
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *buf = pa_xmalloc(n + 1);
		int rc;

		memcpy(buf, p, n);
		buf[n] = 0;
		line++;
		if (memchr(buf, 0, n))
			rc = fail(err, errlen, r->filename, line, "NUL byte in rule file");
		else if (r->count >= r->nbucket / 2)
			rc = fail(err, errlen, r->filename, line, "too many rules (limit %d)",
				  r->nbucket / 2);
		else
			rc = parse_line(r, buf, line, err, errlen);
		free(buf);
		if (rc) {
			pa_rules_free(r);
			return NULL;
		}
		p += n;
		if (*p == '\n')
			p++;
	}
	if (!r->count) {
		fail(err, errlen, r->filename, 0, "no rules in the file");
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

const struct pa_rule *pa_rules_find(const struct pa_rules *r, const char *name)
{
	uint64_t h = pa_hash(name, 0) % (uint64_t)r->nbucket;

	while (r->bucket[h] >= 0) {
		const struct pa_rule *rule = &r->rule[r->bucket[h]];

		if (!strcmp(rule->name, name))
			return rule;
		h = (h + 1) % (uint64_t)r->nbucket;
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
	size_t len = 0;
	int i, n = 0;

	if (r->accessible)
		return r->accessible;
	for (i = 0; i < r->count; i++)
		if (r->rule[i].role == PA_ROLE_ACCESSIBLE)
			len += strlen(r->rule[i].name) + 8;
	r->accessible = pa_xmalloc(len + 32);
	r->accessible[0] = 0;
	for (i = 0; i < r->count; i++) {
		if (r->rule[i].role != PA_ROLE_ACCESSIBLE)
			continue;
		if (n++)
			strcat(r->accessible, " or ");
		strcat(r->accessible, r->rule[i].name);
		strcat(r->accessible, "()");
	}
	if (!n)
		strcpy(r->accessible, "the accessible call");
	return r->accessible;
}
