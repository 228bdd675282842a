// SPDX-License-Identifier: GPL-2.0
/*
 * The compile_commands.json reader (compdb.h): the engine's JSON reader
 * (pa_json_parse) gives the tree; this walks it (an array of objects whose
 * "directory", "file", "command", "arguments" and "output" matter; other
 * keys are skipped, whatever their value), with line and column in every
 * error.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pageaudit.h"
#include "compdb.h"

struct walk {
	const char *text, *name;	/* text after any byte order mark */
	char *err;
	size_t errlen;
};

static int wfail(struct walk *w, size_t offset, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* "NAME:LINE:COL: error: ..." for the byte at offset; always -1. */
static int wfail(struct walk *w, size_t offset, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	int line = 1, col = 1;
	size_t i;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	for (i = 0; i < offset; i++) {
		if (w->text[i] == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	snprintf(w->err, w->errlen, "%s:%d:%d: error: %s", w->name, line, col, msg);
	return -1;
}

static void entry_free(struct pa_cc_entry *e)
{
	int i;

	free(e->directory);
	free(e->file);
	free(e->output);
	for (i = 0; i < e->argc; i++)
		free(e->argv[i]);
	free(e->argv);
	memset(e, 0, sizeof(*e));
}

/* The entry takes the tree's strings (the tree is freed right after). */
static char *take(struct pa_json *v)
{
	char *s = v->string;

	v->string = NULL;
	return s;
}

static int entry(struct walk *w, struct pa_json *obj, struct pa_cc_entry *e)
{
	struct pa_json *directory = NULL, *file = NULL, *output = NULL, *command = NULL,
		       *arguments = NULL, *m, *a;

	if (obj->type != PA_JSON_OBJECT)
		return wfail(w, obj->offset, "an entry must be an object");
	for (m = obj->child; m; m = m->next) {
		struct pa_json **slot = NULL;

		if (!strcmp(m->key, "directory"))
			slot = &directory;
		else if (!strcmp(m->key, "file"))
			slot = &file;
		else if (!strcmp(m->key, "output"))
			slot = &output;
		else if (!strcmp(m->key, "command"))
			slot = &command;
		else if (!strcmp(m->key, "arguments"))
			slot = &arguments;
		if (!slot)
			continue;
		if (*slot)
			return wfail(w, m->offset, "\"%s\" given twice", m->key);
		if (slot == &arguments) {
			if (m->type != PA_JSON_ARRAY)
				return wfail(w, m->offset, "\"arguments\" must be an array of strings");
			for (a = m->child; a; a = a->next)
				if (a->type != PA_JSON_STRING)
					return wfail(w, a->offset, "\"arguments\" holds strings only");
		} else if (m->type != PA_JSON_STRING) {
			return wfail(w, m->offset, "\"%s\" must be a string", m->key);
		}
		*slot = m;
	}
	if (arguments && arguments->count) {
		e->argv = malloc(((size_t)arguments->count + 1) * sizeof(*e->argv));
		if (!e->argv)
			return wfail(w, arguments->offset, "out of memory");
		for (a = arguments->child; a; a = a->next)
			e->argv[e->argc++] = take(a);
		e->argv[e->argc] = NULL;
	} else if (command) {
		e->argc = pa_cc_split(command->string, &e->argv);
		if (e->argc < 0) {
			e->argc = 0;
			return wfail(w, command->offset, "unterminated quote in \"command\"");
		}
	}
	if (!directory || !file || !e->argc)
		return wfail(w, obj->offset,
			     "an entry needs \"directory\", \"file\" and a non-empty \"command\" or \"arguments\"");
	e->directory = take(directory);
	e->file = take(file);
	e->output = output ? take(output) : NULL;
	return 0;
}

int pa_cc_parse(const char *text, size_t len, const char *name, struct pa_cc *cc,
		char *err, size_t errlen)
{
	struct walk w = { text, name, err, errlen };
	struct pa_json *top, *v;
	char msg[256];
	size_t at;
	int n;

	memset(cc, 0, sizeof(*cc));
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3)) {
		w.text += 3;	/* a UTF-8 byte order mark */
		len -= 3;
	}
	top = pa_json_parse(w.text, len, msg, sizeof(msg));
	if (!top) {
		/* msg is "byte N: what", N from 1 */
		if (sscanf(msg, "byte %zu: %n", &at, &n) == 1 && at >= 1 && at <= len + 1)
			return wfail(&w, at - 1, "%s", msg + n);
		snprintf(err, errlen, "%s: error: %s", name, msg);
		return -1;
	}
	if (top->type != PA_JSON_ARRAY) {
		wfail(&w, top->offset, "expected '[' (an array of entries)");
		goto bad;
	}
	if (top->count) {
		cc->e = calloc((size_t)top->count, sizeof(*cc->e));
		if (!cc->e) {
			wfail(&w, top->offset, "out of memory");
			goto bad;
		}
	}
	for (v = top->child; v; v = v->next) {
		if (entry(&w, v, &cc->e[cc->n])) {
			entry_free(&cc->e[cc->n]);
			goto bad;
		}
		cc->n++;
	}
	pa_json_free(top);
	return 0;
bad:
	pa_json_free(top);
	pa_cc_free(cc);
	return -1;
}

int pa_cc_load(const char *path, struct pa_cc *cc, char *err, size_t errlen)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;
	int rc;

	memset(cc, 0, sizeof(*cc));
	if (!fp) {
		snprintf(err, errlen, "%s: error: cannot open: %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (len + 65536 > cap) {
			char *nb = realloc(buf, cap = cap ? cap * 2 : 1 << 20);

			if (!nb) {
				free(buf);
				fclose(fp);
				snprintf(err, errlen, "%s: error: out of memory", path);
				return -1;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s: error: cannot read: %s", path, strerror(errno));
		free(buf);
		fclose(fp);
		return -1;
	}
	fclose(fp);
	rc = pa_cc_parse(buf ? buf : "", len, path, cc, err, errlen);
	free(buf);
	return rc;
}

void pa_cc_free(struct pa_cc *cc)
{
	int i;

	for (i = 0; i < cc->n; i++)
		entry_free(&cc->e[i]);
	free(cc->e);
	memset(cc, 0, sizeof(*cc));
}

int pa_cc_split(const char *cmd, char ***argv)
{
	size_t len = strlen(cmd);
	char **v = calloc(len / 2 + 2, sizeof(*v));
	char *w = malloc(len + 1);
	int n = 0, in_word = 0;
	size_t k = 0;
	const char *s = cmd;

	if (!v || !w)
		goto bad;
	for (;;) {
		char c = *s;

		if (!c || c == ' ' || c == '\t' || c == '\n') {
			if (in_word) {
				w[k] = 0;
				v[n] = strdup(w);
				if (!v[n++])
					goto bad;
				k = 0;
				in_word = 0;
			}
			if (!c)
				break;
			s++;
			continue;
		}
		in_word = 1;
		if (c == '\\') {
			if (s[1])
				w[k++] = s[1], s += 2;
			else
				s++;
		} else if (c == '\'') {
			for (s++; *s && *s != '\''; s++)
				w[k++] = *s;
			if (!*s)
				goto bad;
			s++;
		} else if (c == '"') {
			for (s++; *s && *s != '"'; s++) {
				if (*s == '\\' && (s[1] == '"' || s[1] == '\\' || s[1] == '$' || s[1] == '`'))
					s++;
				w[k++] = *s;
			}
			if (!*s)
				goto bad;
			s++;
		} else {
			w[k++] = c;
			s++;
		}
	}
	free(w);
	v[n] = NULL;
	*argv = v;
	return n;
bad:
	if (v)
		while (n > 0)
			free(v[--n]);
	free(v);
	free(w);
	return -1;
}
