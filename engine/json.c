// SPDX-License-Identifier: GPL-2.0
/*
 * A small JSON reader (RFC 8259) for what the engine writes: findings as
 * JSON Lines.  Strict: no trailing commas, comments or bare words; strings
 * are UTF-8 with \u escapes (a NUL is refused: names are C strings);
 * nesting is bounded.  Every error is one message with its byte offset,
 * and every value keeps its own (a reader can say where an entry is wrong).
 */
#include <stdio.h>
#include <stdarg.h>
#include "pageaudit.h"
#include "internal.h"

#define MAX_DEPTH 64

struct reader {
	const char *s;
	size_t len, pos;
	char *err;
	size_t errlen;
	int failed;
};

static void fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (r->failed)
		return;
	r->failed = 1;
	if (!r->errlen)
		return;
	n = snprintf(r->err, r->errlen, "byte %zu: ", r->pos + 1);
	if (n < 0 || (size_t)n >= r->errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(r->err + n, r->errlen - (size_t)n, fmt, ap);
	va_end(ap);
}

static void skip_ws(struct reader *r)
{
	while (r->pos < r->len && (r->s[r->pos] == ' ' || r->s[r->pos] == '\t' ||
				   r->s[r->pos] == '\n' || r->s[r->pos] == '\r'))
		r->pos++;
}

static int peek(struct reader *r)
{
	return r->pos < r->len ? (unsigned char)r->s[r->pos] : -1;
}

static struct pa_json *node_new(enum pa_json_type t)
{
	struct pa_json *j = pa_xcalloc(1, sizeof(*j));

	j->type = t;
	return j;
}

static int hex4(struct reader *r, unsigned *out)
{
	unsigned v = 0;
	int i;

	if (r->len - r->pos < 4) {
		fail(r, "truncated \\u escape");
		return -1;
	}
	for (i = 0; i < 4; i++) {
		int c = r->s[r->pos++];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else {
			fail(r, "bad \\u escape");
			return -1;
		}
	}
	*out = v;
	return 0;
}

static void put_utf8(char *b, size_t *n, unsigned cp)
{
	if (cp < 0x80) {
		b[(*n)++] = (char)cp;
	} else if (cp < 0x800) {
		b[(*n)++] = (char)(0xc0 | (cp >> 6));
		b[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		b[(*n)++] = (char)(0xe0 | (cp >> 12));
		b[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else {
		b[(*n)++] = (char)(0xf0 | (cp >> 18));
		b[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3f));
		b[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[(*n)++] = (char)(0x80 | (cp & 0x3f));
	}
}

/* A string at r->pos (the opening quote), unescaped into a new buffer:
 * its length never exceeds the source's. */
static char *read_string(struct reader *r)
{
	size_t start = ++r->pos, n = 0;
	char *b;

	/* the closing quote bounds the buffer */
	while (r->pos < r->len && r->s[r->pos] != '"')
		r->pos += r->s[r->pos] == '\\' ? 2 : 1;
	if (r->pos >= r->len) {
		r->pos = start - 1;
		fail(r, "unterminated string");
		return NULL;
	}
	b = pa_xmalloc(r->pos - start + 1);
	r->pos = start;
	while (r->s[r->pos] != '"') {
		unsigned char c = (unsigned char)r->s[r->pos];

		if (c < 0x20) {
			fail(r, "control character in a string");
			goto bad;
		}
		if (c != '\\') {
			b[n++] = (char)c;
			r->pos++;
			continue;
		}
		r->pos++;
		switch (r->s[r->pos++]) {
		case '"': b[n++] = '"'; break;
		case '\\': b[n++] = '\\'; break;
		case '/': b[n++] = '/'; break;
		case 'b': b[n++] = '\b'; break;
		case 'f': b[n++] = '\f'; break;
		case 'n': b[n++] = '\n'; break;
		case 'r': b[n++] = '\r'; break;
		case 't': b[n++] = '\t'; break;
		case 'u': {
			unsigned cp, lo;

			if (hex4(r, &cp))
				goto bad;
			if (cp >= 0xd800 && cp < 0xdc00) {
				/* a surrogate pair: \uD83D\uDE00 */
				if (r->len - r->pos < 2 || r->s[r->pos] != '\\' || r->s[r->pos + 1] != 'u') {
					fail(r, "lone surrogate in \\u escape");
					goto bad;
				}
				r->pos += 2;
				if (hex4(r, &lo))
					goto bad;
				if (lo < 0xdc00 || lo > 0xdfff) {
					fail(r, "lone surrogate in \\u escape");
					goto bad;
				}
				cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			} else if (cp >= 0xdc00 && cp <= 0xdfff) {
				fail(r, "lone surrogate in \\u escape");
				goto bad;
			}
			if (!cp) {
				fail(r, "NUL in a string");
				goto bad;
			}
			/* 6 source bytes give at most 4 (12 give 4) */
			put_utf8(b, &n, cp);
			break;
		}
		default:
			r->pos--;
			fail(r, "bad escape in a string");
			goto bad;
		}
	}
	r->pos++;
	b[n] = 0;
	return b;
bad:
	free(b);
	return NULL;
}

/* One or more digits; -1 if there is none. */
static int digits(struct reader *r)
{
	if (!(peek(r) >= '0' && peek(r) <= '9')) {
		fail(r, "bad number");
		return -1;
	}
	while (peek(r) >= '0' && peek(r) <= '9')
		r->pos++;
	return 0;
}

static int read_number(struct reader *r, double *out)
{
	size_t start = r->pos;
	char buf[64];

	if (peek(r) == '-')
		r->pos++;
	if (peek(r) == '0')
		r->pos++;
	else if (digits(r))
		return -1;
	if (peek(r) == '.') {
		r->pos++;
		if (digits(r))
			return -1;
	}
	if (peek(r) == 'e' || peek(r) == 'E') {
		r->pos++;
		if (peek(r) == '+' || peek(r) == '-')
			r->pos++;
		if (digits(r))
			return -1;
	}
	if (r->pos - start >= sizeof(buf)) {
		fail(r, "number too long");
		return -1;
	}
	memcpy(buf, r->s + start, r->pos - start);
	buf[r->pos - start] = 0;
	*out = strtod(buf, NULL);
	return 0;
}

static struct pa_json *read_value(struct reader *r, int depth);

static struct pa_json *read_container(struct reader *r, int depth, int object)
{
	struct pa_json *j = node_new(object ? PA_JSON_OBJECT : PA_JSON_ARRAY), **tail = &j->child;
	int close = object ? '}' : ']';

	if (depth >= MAX_DEPTH) {
		fail(r, "nested deeper than %d", MAX_DEPTH);
		goto bad;
	}
	r->pos++;
	skip_ws(r);
	if (peek(r) == close) {
		r->pos++;
		return j;
	}
	for (;;) {
		char *key = NULL;
		struct pa_json *v;

		if (object) {
			skip_ws(r);
			if (peek(r) != '"') {
				fail(r, "expected a member name");
				goto bad;
			}
			if (!(key = read_string(r)))
				goto bad;
			skip_ws(r);
			if (peek(r) != ':') {
				free(key);
				fail(r, "expected ':'");
				goto bad;
			}
			r->pos++;
		}
		if (!(v = read_value(r, depth + 1))) {
			free(key);
			goto bad;
		}
		v->key = key;
		*tail = v;
		tail = &v->next;
		j->count++;
		skip_ws(r);
		if (peek(r) == ',') {
			r->pos++;
			continue;
		}
		if (peek(r) == close) {
			r->pos++;
			return j;
		}
		fail(r, object ? "expected ',' or '}'" : "expected ',' or ']'");
		goto bad;
	}
bad:
	pa_json_free(j);
	return NULL;
}

static struct pa_json *read_value(struct reader *r, int depth)
{
	static const struct { const char *word; enum pa_json_type t; int b; } words[] = {
		{ "true", PA_JSON_BOOL, 1 }, { "false", PA_JSON_BOOL, 0 }, { "null", PA_JSON_NULL, 0 },
	};
	struct pa_json *j;
	size_t start;
	unsigned i;
	int c;

	skip_ws(r);
	start = r->pos;
	c = peek(r);
	if (c == '{' || c == '[') {
		j = read_container(r, depth, c == '{');
	} else if (c == '"') {
		char *s = read_string(r);

		if (!s)
			return NULL;
		j = node_new(PA_JSON_STRING);
		j->string = s;
	} else if (c == '-' || (c >= '0' && c <= '9')) {
		double d;

		if (read_number(r, &d))
			return NULL;
		j = node_new(PA_JSON_NUMBER);
		j->number = d;
	} else {
		for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
			size_t n = strlen(words[i].word);

			if (r->len - r->pos >= n && !memcmp(r->s + r->pos, words[i].word, n))
				break;
		}
		if (i == sizeof(words) / sizeof(words[0])) {
			fail(r, c < 0 ? "unexpected end of input" : "unexpected character");
			return NULL;
		}
		r->pos += strlen(words[i].word);
		j = node_new(words[i].t);
		j->boolean = words[i].b;
	}
	if (j)
		j->offset = start;
	return j;
}

struct pa_json *pa_json_parse(const char *text, size_t len, char *err, size_t errlen)
{
	struct reader r = { text, len, 0, err, errlen, 0 };
	struct pa_json *j = read_value(&r, 0);

	if (!j)
		return NULL;
	skip_ws(&r);
	if (r.pos != r.len) {
		fail(&r, "text after the value");
		pa_json_free(j);
		return NULL;
	}
	return j;
}

void pa_json_free(struct pa_json *j)
{
	while (j) {
		struct pa_json *next = j->next;

		pa_json_free(j->child);
		free(j->key);
		free(j->string);
		free(j);
		j = next;
	}
}

const struct pa_json *pa_json_get(const struct pa_json *obj, const char *key)
{
	const struct pa_json *m;

	if (!obj || obj->type != PA_JSON_OBJECT)
		return NULL;
	for (m = obj->child; m; m = m->next)
		if (!strcmp(m->key, key))
			return m;
	return NULL;
}
