// SPDX-License-Identifier: GPL-2.0
/* Findings as JSON Lines (DESIGN.md "Output"). */
#include <stdio.h>
#include "engine.h"

static const char *const step_names[] = {
	[PA_STEP_MARK] = "mark",
	[PA_STEP_ACCESSIBLE] = "accessible",
	[PA_STEP_RELEASE] = "release",
	[PA_STEP_BRANCH] = "branch",
	[PA_STEP_CALL] = "call",
	[PA_STEP_IO] = "io",
};

struct out {
	char *buf;
	size_t len, pos;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->pos < o->len) {
		size_t room = o->len - o->pos;

		memcpy(o->buf + o->pos, s, n < room ? n : room);
	}
	o->pos += n;
}

static void puts_raw(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_str(struct out *o, const char *s)
{
	char esc[8];

	put(o, "\"", 1);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			put(o, esc, 2);
		} else if (c < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			put(o, esc, 6);
		} else {
			put(o, (const char *)s, 1);
		}
	}
	put(o, "\"", 1);
}

static void put_int(struct out *o, long v)
{
	char b[32];

	snprintf(b, sizeof(b), "%ld", v);
	puts_raw(o, b);
}

size_t pa_finding_json(const struct pa_finding *fd, const char *frontend,
		       char *buf, size_t len)
{
	struct out o = { buf, len, 0 };
	uint64_t h;
	char fp[24];
	int i;

	/* stable across line shifts: no line numbers in it */
	h = pa_hash(fd->loc.file, 0);
	h = pa_hash("|", h);
	h = pa_hash(fd->function, h);
	h = pa_hash("|", h);
	h = pa_hash(fd->rule, h);
	h = pa_hash("|", h);
	h = pa_hash(fd->object, h);
	for (i = 0; i < fd->nsteps; i++)
		if (fd->steps[i].kind != PA_STEP_BRANCH) {
			h = pa_hash("|", h);
			h = pa_hash(step_names[fd->steps[i].kind], h);
		}
	snprintf(fp, sizeof(fp), "%016llx", (unsigned long long)h);

	puts_raw(&o, "{\"rule\":");
	put_str(&o, fd->rule);
	puts_raw(&o, ",\"file\":");
	put_str(&o, fd->loc.file);
	puts_raw(&o, ",\"line\":");
	put_int(&o, fd->loc.line);
	puts_raw(&o, ",\"column\":");
	put_int(&o, fd->loc.col);
	puts_raw(&o, ",\"function\":");
	put_str(&o, fd->function);
	puts_raw(&o, ",\"object\":");
	put_str(&o, fd->object);
	puts_raw(&o, ",\"message\":");
	put_str(&o, fd->message);
	puts_raw(&o, ",\"path\":[");
	for (i = 0; i < fd->nsteps; i++) {
		const struct pa_step *s = &fd->steps[i];

		puts_raw(&o, i ? ",{\"file\":" : "{\"file\":");
		put_str(&o, s->loc.file);
		puts_raw(&o, ",\"line\":");
		put_int(&o, s->loc.line);
		puts_raw(&o, ",\"column\":");
		put_int(&o, s->loc.col);
		puts_raw(&o, ",\"event\":");
		put_str(&o, step_names[s->kind]);
		puts_raw(&o, ",\"note\":");
		put_str(&o, s->text);
		puts_raw(&o, "}");
	}
	puts_raw(&o, "],\"frontend\":");
	put_str(&o, frontend);
	puts_raw(&o, ",\"fingerprint\":");
	put_str(&o, fp);
	puts_raw(&o, "}\n");
	if (o.pos < len)
		buf[o.pos] = 0;
	else if (len)
		buf[len - 1] = 0;
	return o.pos;
}
