// SPDX-License-Identifier: GPL-2.0
/*
 * The compile_commands.json reader (compdb.h): a strict JSON parser for
 * what the format allows (an array of objects whose "directory", "file",
 * "command", "arguments" and "output" matter; other keys are skipped,
 * whatever their value), with line and column in every error.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compdb.h"

#define MAX_DEPTH 64		/* nesting of skipped values */

struct jp {
	const char *s, *end, *name;
	char *err;
	size_t errlen;
	int failed;
};

static void jfail(struct jp *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void jfail(struct jp *p, const char *fmt, ...)
{
	va_list ap;

	if (p->failed)
		return;
	p->failed = 1;
	va_start(ap, fmt);
	vsnprintf(p->err, p->errlen, fmt, ap);
	va_end(ap);
}

static void ws(struct jp *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
		p->s++;
}

static int peek(struct jp *p)
{
	ws(p);
	return p->s < p->end ? (unsigned char)*p->s : -1;
}

static const char *what(int c)
{
	static char buf[16];

	if (c < 0)
		return "the end of the file";
	if (c < 32 || c > 126)
		snprintf(buf, sizeof(buf), "byte 0x%02x", c);
	else
		snprintf(buf, sizeof(buf), "'%c'", c);
	return buf;
}

static int expect(struct jp *p, int want)
{
	int c = peek(p);

	if (c != want) {
		jfail(p, "expected '%c', found %s", want, what(c));
		return -1;
	}
	p->s++;
	return 0;
}

static void put_utf8(char *o, size_t *n, unsigned cp)
{
	if (cp < 0x80) {
		o[(*n)++] = (char)cp;
	} else if (cp < 0x800) {
		o[(*n)++] = (char)(0xc0 | cp >> 6);
		o[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		o[(*n)++] = (char)(0xe0 | cp >> 12);
		o[(*n)++] = (char)(0x80 | (cp >> 6 & 0x3f));
		o[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else {
		o[(*n)++] = (char)(0xf0 | cp >> 18);
		o[(*n)++] = (char)(0x80 | (cp >> 12 & 0x3f));
		o[(*n)++] = (char)(0x80 | (cp >> 6 & 0x3f));
		o[(*n)++] = (char)(0x80 | (cp & 0x3f));
	}
}

static int hex4(struct jp *p, unsigned *v)
{
	int i;

	*v = 0;
	if (p->end - p->s < 4) {
		jfail(p, "truncated \\u escape");
		return -1;
	}
	for (i = 0; i < 4; i++) {
		int c = (unsigned char)*p->s++, d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else {
			p->s--;
			jfail(p, "bad \\u escape: %s", what(c));
			return -1;
		}
		*v = *v << 4 | (unsigned)d;
	}
	return 0;
}

/* A string; *out gets it (malloc'd, NUL-terminated) unless out is NULL. */
static int jstring(struct jp *p, char **out)
{
	char *o;
	size_t n = 0;

	if (expect(p, '"'))
		return -1;
	/* the decoded string is never longer than its JSON form */
	o = malloc((size_t)(p->end - p->s) + 1);
	if (!o) {
		jfail(p, "out of memory");
		return -1;
	}
	for (;;) {
		int c;

		if (p->s >= p->end) {
			jfail(p, "unterminated string");
			goto bad;
		}
		c = (unsigned char)*p->s++;
		if (c == '"')
			break;
		if (c < 0x20) {
			p->s--;
			jfail(p, "control character %s in a string", what(c));
			goto bad;
		}
		if (c != '\\') {
			o[n++] = (char)c;
			continue;
		}
		if (p->s >= p->end) {
			jfail(p, "unterminated string");
			goto bad;
		}
		c = (unsigned char)*p->s++;
		switch (c) {
		case '"': case '\\': case '/': o[n++] = (char)c; break;
		case 'b': o[n++] = '\b'; break;
		case 'f': o[n++] = '\f'; break;
		case 'n': o[n++] = '\n'; break;
		case 'r': o[n++] = '\r'; break;
		case 't': o[n++] = '\t'; break;
		case 'u': {
			unsigned cp, lo;

			if (hex4(p, &cp))
				goto bad;
			if (cp >= 0xd800 && cp < 0xdc00 && p->end - p->s >= 6 &&
			    p->s[0] == '\\' && p->s[1] == 'u') {
				p->s += 2;
				if (hex4(p, &lo))
					goto bad;
				if (lo < 0xdc00 || lo > 0xdfff) {
					jfail(p, "bad surrogate pair in \\u escape");
					goto bad;
				}
				cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			}
			if (cp == 0) {
				jfail(p, "\\u0000 in a string");
				goto bad;
			}
			put_utf8(o, &n, cp);
			break;
		}
		default:
			p->s -= 1;
			jfail(p, "bad escape '\\%c'", c > 32 && c < 127 ? c : '?');
			goto bad;
		}
	}
	o[n] = 0;
	if (out)
		*out = o;
	else
		free(o);
	return 0;
bad:
	free(o);
	return -1;
}

static int jskip(struct jp *p, int depth);

/* After a member or an element: 1 at the closing bracket, 0 at a comma. */
static int jnext(struct jp *p, int close)
{
	int c = peek(p);

	if (c == close || c == ',') {
		p->s++;
		return c == close;
	}
	jfail(p, "expected ',' or '%c', found %s", close, what(c));
	return -1;
}

static int jliteral(struct jp *p, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n)) {
		jfail(p, "expected a JSON value, found %s", what(p->s < p->end ? (unsigned char)*p->s : -1));
		return -1;
	}
	p->s += n;
	return 0;
}

static int jnumber(struct jp *p)
{
	const char *start = p->s;

	if (p->s < p->end && *p->s == '-')
		p->s++;
	while (p->s < p->end && ((*p->s >= '0' && *p->s <= '9') || *p->s == '.' ||
				 *p->s == 'e' || *p->s == 'E' || *p->s == '+' || *p->s == '-'))
		p->s++;
	if (p->s == start || (p->s - start == 1 && *start == '-')) {
		jfail(p, "expected a number");
		return -1;
	}
	return 0;
}

/* Skip any value. */
static int jskip(struct jp *p, int depth)
{
	int c = peek(p);

	if (depth > MAX_DEPTH) {
		jfail(p, "values nested deeper than %d", MAX_DEPTH);
		return -1;
	}
	switch (c) {
	case '"':
		return jstring(p, NULL);
	case '{':
		p->s++;
		if (peek(p) == '}') {
			p->s++;
			return 0;
		}
		for (;;) {
			if (jstring(p, NULL) || expect(p, ':') || jskip(p, depth + 1))
				return -1;
			if ((c = jnext(p, '}')))
				return c < 0 ? -1 : 0;
		}
	case '[':
		p->s++;
		if (peek(p) == ']') {
			p->s++;
			return 0;
		}
		for (;;) {
			if (jskip(p, depth + 1))
				return -1;
			if ((c = jnext(p, ']')))
				return c < 0 ? -1 : 0;
		}
	case 't':
		return jliteral(p, "true");
	case 'f':
		return jliteral(p, "false");
	case 'n':
		return jliteral(p, "null");
	default:
		if (c == '-' || (c >= '0' && c <= '9'))
			return jnumber(p);
		jfail(p, "expected a JSON value, found %s", what(c));
		return -1;
	}
}

static int jstrings(struct jp *p, char ***out, int *n)
{
	int cap = 0, c;

	if (expect(p, '['))
		return -1;
	if (peek(p) == ']') {
		p->s++;
		return 0;
	}
	for (;;) {
		if (*n + 1 >= cap) {
			char **nv;

			cap = cap ? cap * 2 : 16;
			nv = realloc(*out, (size_t)cap * sizeof(**out));
			if (!nv) {
				jfail(p, "out of memory");
				return -1;
			}
			*out = nv;
		}
		if (peek(p) != '"') {
			jfail(p, "\"arguments\" holds strings only, found %s", what(peek(p)));
			return -1;
		}
		if (jstring(p, &(*out)[*n]))
			return -1;
		(*out)[++*n] = NULL;
		if ((c = jnext(p, ']')))
			return c < 0 ? -1 : 0;
	}
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

static int jentry(struct jp *p, struct pa_cc_entry *e)
{
	char *key = NULL, *command = NULL;
	const char *start = p->s;
	int c;

	if (expect(p, '{'))
		return -1;
	if (peek(p) != '}') {
		for (;;) {
			char **slot = NULL;

			if (peek(p) != '"') {
				jfail(p, "expected a key, found %s", what(peek(p)));
				goto bad;
			}
			if (jstring(p, &key) || expect(p, ':'))
				goto bad;
			if (!strcmp(key, "directory"))
				slot = &e->directory;
			else if (!strcmp(key, "file"))
				slot = &e->file;
			else if (!strcmp(key, "output"))
				slot = &e->output;
			else if (!strcmp(key, "command"))
				slot = &command;
			if (slot) {
				if (*slot) {
					jfail(p, "\"%s\" given twice", key);
					goto bad;
				}
				if (peek(p) != '"') {
					jfail(p, "\"%s\" must be a string", key);
					goto bad;
				}
				if (jstring(p, slot))
					goto bad;
			} else if (!strcmp(key, "arguments")) {
				if (e->argv) {
					jfail(p, "\"arguments\" given twice");
					goto bad;
				}
				if (jstrings(p, &e->argv, &e->argc))
					goto bad;
			} else if (jskip(p, 1)) {
				goto bad;
			}
			free(key);
			key = NULL;
			if ((c = jnext(p, '}')) < 0)
				goto bad;
			if (c)
				break;
		}
	} else {
		p->s++;
	}
	if (!e->argv && command) {
		e->argc = pa_cc_split(command, &e->argv);
		if (e->argc < 0) {
			e->argc = 0;
			p->s = start;
			jfail(p, "unterminated quote in \"command\"");
			goto bad;
		}
	}
	if (!e->directory || !e->file || !e->argv || !e->argc) {
		p->s = start;
		jfail(p, "an entry needs \"directory\", \"file\" and a non-empty \"command\" or \"arguments\"");
		goto bad;
	}
	free(command);
	return 0;
bad:
	free(key);
	free(command);
	entry_free(e);
	return -1;
}

int pa_cc_parse(const char *text, size_t len, const char *name, struct pa_cc *cc,
		char *err, size_t errlen)
{
	struct jp p = { text, text + len, name, err, errlen, 0 };
	int cap = 0, c;

	memset(cc, 0, sizeof(*cc));
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		p.s += 3;	/* a UTF-8 byte order mark */
	if (expect(&p, '['))
		goto bad;
	if (peek(&p) == ']') {
		p.s++;
	} else {
		for (;;) {
			if (cc->n == cap) {
				struct pa_cc_entry *ne;

				cap = cap ? cap * 2 : 64;
				ne = realloc(cc->e, (size_t)cap * sizeof(*ne));
				if (!ne) {
					jfail(&p, "out of memory");
					goto bad;
				}
				cc->e = ne;
			}
			memset(&cc->e[cc->n], 0, sizeof(cc->e[0]));
			if (jentry(&p, &cc->e[cc->n]))
				goto bad;
			cc->n++;
			if ((c = jnext(&p, ']')) < 0)
				goto bad;
			if (c)
				break;
		}
	}
	if (peek(&p) != -1) {
		jfail(&p, "text after the array: %s", what(peek(&p)));
		goto bad;
	}
	return 0;
bad:
	{
		/* where: line and column of the parser's position */
		int line = 1, col = 1;
		const char *q;
		char msg[256];

		for (q = text; q < p.s && q < text + len; q++) {
			if (*q == '\n') {
				line++;
				col = 1;
			} else {
				col++;
			}
		}
		snprintf(msg, sizeof(msg), "%s", err);
		snprintf(err, errlen, "%s:%d:%d: error: %s", name, line, col, msg);
	}
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
