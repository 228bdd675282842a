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

/* ---- SARIF 2.1.0 --------------------------------------------------------------- */

static const struct {
	const char *id, *name, *text;
} sarif_rules[] = {
	{ "missing-accessible", "MissingAccessible", "A page marked for I/O reaches I/O without arch_make_page_accessible()/arch_make_folio_accessible() after the mark." },
	{ "accessible-before-mark", "AccessibleBeforeMark", "arch_make_*_accessible() was called before the page was marked, so it does not protect the I/O." },
	{ "unchecked-accessible", "UncheckedAccessible", "The result of arch_make_*_accessible() is ignored and I/O follows." },
	{ "io-after-release", "IoAfterRelease", "I/O on a page after this code dropped its pending-I/O marker." },
};

static void put_loc_sarif(struct out *o, const struct pa_loc *l, const char *strip)
{
	const char *file = l->file ? l->file : "";
	size_t n = strip ? strlen(strip) : 0;

	if (n && !strncmp(file, strip, n))
		file += n;
	puts_raw(o, "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
	if (file[0] == '/') {	/* an absolute path is a file: URI */
		char *uri = pa_xasprintf("file://%s", file);

		put_str(o, uri);
		free(uri);
	} else {
		put_str(o, file);
	}
	if (n && file != l->file)
		puts_raw(o, ",\"uriBaseId\":\"SRCROOT\"");
	puts_raw(o, "},\"region\":{\"startLine\":");
	put_int(o, l->line > 0 ? l->line : 1);
	if (l->col > 0) {
		puts_raw(o, ",\"startColumn\":");
		put_int(o, l->col);
	}
	puts_raw(o, "}}}");
}

static void flush(FILE *fp, struct out *o)
{
	fwrite(o->buf, 1, o->pos < o->len ? o->pos : o->len, fp);
	o->pos = 0;
}

int pa_sarif_write(FILE *fp, const struct pa_finding *const *fd, int n,
		   const char *srcroot)
{
	static char buf[1 << 16];
	struct out o = { buf, sizeof(buf), 0 };
	char fp_hex[24];
	unsigned r;
	int i, j;

	puts_raw(&o, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
		 "\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"pageaudit\","
		 "\"version\":\"0.1\",\"rules\":[");
	for (r = 0; r < sizeof(sarif_rules) / sizeof(sarif_rules[0]); r++) {
		puts_raw(&o, r ? ",{\"id\":" : "{\"id\":");
		put_str(&o, sarif_rules[r].id);
		puts_raw(&o, ",\"name\":");
		put_str(&o, sarif_rules[r].name);
		puts_raw(&o, ",\"shortDescription\":{\"text\":");
		put_str(&o, sarif_rules[r].text);
		puts_raw(&o, "},\"defaultConfiguration\":{\"level\":\"warning\"}}");
	}
	puts_raw(&o, "]}}");
	if (srcroot) {
		puts_raw(&o, ",\"originalUriBaseIds\":{\"SRCROOT\":{\"uri\":");
		{
			char *uri = pa_xasprintf("file://%s", srcroot);

			put_str(&o, uri);
			free(uri);
		}
		puts_raw(&o, "}}");
	}
	puts_raw(&o, ",\"results\":[");
	flush(fp, &o);
	for (i = 0; i < n; i++) {
		const struct pa_finding *f = fd[i];
		unsigned idx = 0;
		char line[1 << 12];
		size_t need = pa_finding_json(f, "", line, sizeof(line));
		const char *p = need < sizeof(line) ? strstr(line, "\"fingerprint\":\"") : NULL;

		for (r = 0; r < sizeof(sarif_rules) / sizeof(sarif_rules[0]); r++)
			if (!strcmp(sarif_rules[r].id, f->rule))
				idx = r;
		snprintf(fp_hex, sizeof(fp_hex), "%.16s", p ? p + 15 : "0000000000000000");
		puts_raw(&o, i ? ",{\"ruleId\":" : "{\"ruleId\":");
		put_str(&o, f->rule);
		puts_raw(&o, ",\"ruleIndex\":");
		put_int(&o, (long)idx);
		puts_raw(&o, ",\"level\":\"warning\",\"message\":{\"text\":");
		put_str(&o, f->message);
		puts_raw(&o, "},\"locations\":[");
		put_loc_sarif(&o, &f->loc, srcroot);
		o.pos--;	/* reopen the location for its logical location */
		puts_raw(&o, ",\"logicalLocations\":[{\"fullyQualifiedName\":");
		put_str(&o, f->function);
		puts_raw(&o, ",\"kind\":\"function\"}]}]");
		puts_raw(&o, ",\"codeFlows\":[{\"threadFlows\":[{\"locations\":[");
		for (j = 0; j < f->nsteps; j++) {
			puts_raw(&o, j ? ",{\"location\":" : "{\"location\":");
			put_loc_sarif(&o, &f->steps[j].loc, srcroot);
			o.pos--;
			puts_raw(&o, ",\"message\":{\"text\":");
			put_str(&o, f->steps[j].text);
			puts_raw(&o, "}}}");
			if (o.pos > o.len / 2)
				flush(fp, &o);
		}
		puts_raw(&o, "]}]}],\"partialFingerprints\":{\"pageaudit/v1\":");
		put_str(&o, fp_hex);
		puts_raw(&o, "}}");
		flush(fp, &o);
	}
	puts_raw(&o, "]}]}\n");
	flush(fp, &o);
	return ferror(fp) ? -1 : 0;
}
