// SPDX-License-Identifier: GPL-2.0
/* Findings as JSON Lines (DESIGN.md "Output"). */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
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

void pa_finding_fingerprint(const struct pa_finding *fd, char out[17])
{
	uint64_t h;
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
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

size_t pa_finding_json(const struct pa_finding *fd, const char *frontend,
		       char *buf, size_t len)
{
	struct out o = { buf, len, 0 };
	char fp[17];
	int i;

	pa_finding_fingerprint(fd, fp);
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
	puts_raw(&o, "],\"summaries\":[");
	for (i = 0; i < fd->nsummaries; i++) {
		if (i)
			puts_raw(&o, ",");
		put_str(&o, fd->summaries[i]);
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
	/* under the root, or relative already (read back from JSON Lines) */
	if (n && (file != l->file || file[0] != '/'))
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
		   const char *srcroot, const struct pa_rules *rules)
{
	return pa_sarif_write_states(fp, fd, n, srcroot, rules, NULL);
}

int pa_sarif_write_states(FILE *fp, const struct pa_finding *const *fd, int n,
			  const char *srcroot, const struct pa_rules *rules,
			  const struct pa_sarif_state *state)
{
	static char buf[1 << 16];
	struct out o = { buf, sizeof(buf), 0 };
	char fp_hex[24];
	unsigned r;
	int i, j;

	puts_raw(&o, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
		 "\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"pageaudit\","
		 "\"version\":");
	put_str(&o, PAGEAUDIT_VERSION);
	puts_raw(&o, ",\"rules\":[");
	for (r = 0; pa_rule_info[r].id; r++) {
		char *text = pa_rule_text(pa_rule_info[r].description, rules, NULL, NULL,
					  NULL, NULL, NULL);

		puts_raw(&o, r ? ",{\"id\":" : "{\"id\":");
		put_str(&o, pa_rule_info[r].id);
		puts_raw(&o, ",\"name\":");
		put_str(&o, pa_rule_info[r].name);
		puts_raw(&o, ",\"shortDescription\":{\"text\":");
		put_str(&o, text);
		puts_raw(&o, "},\"defaultConfiguration\":{\"level\":\"warning\"}}");
		free(text);
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

		for (r = 0; pa_rule_info[r].id; r++)
			if (!strcmp(pa_rule_info[r].id, f->rule))
				idx = r;
		pa_finding_fingerprint(f, fp_hex);
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
		puts_raw(&o, "}");
		if (state && state[i].baseline) {
			puts_raw(&o, ",\"baselineState\":");
			put_str(&o, state[i].baseline);
		}
		if (state && state[i].justification) {
			puts_raw(&o, ",\"suppressions\":[{\"kind\":\"external\",\"justification\":");
			put_str(&o, state[i].justification);
			puts_raw(&o, "}]");
		}
		puts_raw(&o, "}");
		flush(fp, &o);
	}
	puts_raw(&o, "]}]}\n");
	flush(fp, &o);
	return ferror(fp) ? -1 : 0;
}

int pa_finding_write_json(int fd, const struct pa_finding *f, const char *frontend)
{
	char stack[4096], *buf = stack;
	size_t n = pa_finding_json(f, frontend, stack, sizeof(stack));
	ssize_t w;

	if (n >= sizeof(stack)) {
		buf = pa_xmalloc(n + 1);
		pa_finding_json(f, frontend, buf, n + 1);
	}
	w = write(fd, buf, n);
	if (buf != stack)
		free(buf);
	return w == (ssize_t)n ? 0 : -1;
}

static const char *strip(const char *file, const char *root)
{
	size_t n = root ? strlen(root) : 0;

	if (!file)
		return "<unknown>";
	return n && !strncmp(file, root, n) ? file + n : file;
}

void pa_finding_print(FILE *fp, const struct pa_finding *fd, enum pa_text_style style,
		      const char *srcroot, int as_error)
{
	int i;

	fprintf(fp, "%s:%d:%d: %s: %s [pageaudit-%s]\n", strip(fd->loc.file, srcroot),
		fd->loc.line, fd->loc.col, as_error ? "error" : "warning", fd->message, fd->rule);
	for (i = 0; i < fd->nsteps; i++) {
		const struct pa_step *st = &fd->steps[i];

		fprintf(fp, "%s:%d:%d: %s%s\n", strip(st->loc.file, srcroot), st->loc.line,
			st->loc.col, style == PA_TEXT_SPARSE ? "   " : "note: ", st->text);
	}
}

/* ---- findings read back from JSON Lines ------------------------------------------ */

static const char *json_str(const struct pa_json *j, const char *key)
{
	const struct pa_json *v = pa_json_get(j, key);

	return v && v->type == PA_JSON_STRING ? v->string : NULL;
}

static int json_int(const struct pa_json *j, const char *key, int *out)
{
	const struct pa_json *v = pa_json_get(j, key);

	if (!v || v->type != PA_JSON_NUMBER || v->number < 0 || v->number > 1e9 ||
	    v->number != (double)(int)v->number)
		return -1;
	*out = (int)v->number;
	return 0;
}

static char *rel_dup(const char *file, const char *root)
{
	size_t n = root ? strlen(root) : 0;

	if (n && !strncmp(file, root, n) && file[n])
		file += n;
	return pa_xstrdup(file);
}

void pa_finding_json_free(struct pa_finding *fd)
{
	int i;

	free((char *)fd->rule);
	free((char *)fd->function);
	free((char *)fd->loc.file);
	for (i = 0; i < fd->nsteps; i++)
		free((char *)fd->steps[i].loc.file);
	for (i = 0; i < fd->nsummaries; i++)
		free((char *)fd->summaries[i]);
	pa_finding_free(fd);
	memset(fd, 0, sizeof(*fd));
}

int pa_finding_from_json(const struct pa_json *j, const char *srcroot,
			 struct pa_finding *fd, char *err, size_t errlen)
{
	const char *rule = json_str(j, "rule"), *file = json_str(j, "file");
	const char *function = json_str(j, "function"), *object = json_str(j, "object");
	const char *message = json_str(j, "message");
	const struct pa_json *path = pa_json_get(j, "path"), *sums = pa_json_get(j, "summaries"), *v;
	int line, col;

	memset(fd, 0, sizeof(*fd));
	if (!j || j->type != PA_JSON_OBJECT) {
		snprintf(err, errlen, "a finding is a JSON object");
		return -1;
	}
	if (!rule || !*rule || !file || !*file || !function || !object || !message ||
	    json_int(j, "line", &line) || json_int(j, "column", &col)) {
		snprintf(err, errlen, "a finding needs rule, file, line, column, function, object and message");
		return -1;
	}
	if (!path || path->type != PA_JSON_ARRAY || path->count > 4096) {
		snprintf(err, errlen, "a finding's path is an array of steps");
		return -1;
	}
	if (sums && (sums->type != PA_JSON_ARRAY || sums->count > 4096)) {
		snprintf(err, errlen, "a finding's summaries are an array of names");
		return -1;
	}
	fd->rule = pa_xstrdup(rule);
	fd->function = pa_xstrdup(function);
	fd->object = pa_xstrdup(object);
	fd->message = pa_xstrdup(message);
	fd->loc.file = rel_dup(file, srcroot);
	fd->loc.line = line;
	fd->loc.col = col;
	fd->steps = pa_xcalloc((size_t)path->count + 1, sizeof(struct pa_step));
	for (v = path->child; v; v = v->next) {
		struct pa_step *st = &fd->steps[fd->nsteps];
		const char *sf = json_str(v, "file"), *ev = json_str(v, "event");
		const char *note = json_str(v, "note");
		unsigned k;

		if (!sf || !ev || !note || json_int(v, "line", &st->loc.line) ||
		    json_int(v, "column", &st->loc.col)) {
			snprintf(err, errlen, "a path step needs file, line, column, event and note");
			goto bad;
		}
		for (k = 0; k < sizeof(step_names) / sizeof(step_names[0]); k++)
			if (!strcmp(ev, step_names[k]))
				break;
		if (k == sizeof(step_names) / sizeof(step_names[0])) {
			snprintf(err, errlen, "unknown path event '%.40s'", ev);
			goto bad;
		}
		st->kind = (enum pa_step_kind)k;
		st->loc.file = rel_dup(sf, srcroot);
		st->text = pa_xstrdup(note);
		fd->nsteps++;
	}
	if (sums) {
		fd->summaries = pa_xcalloc((size_t)sums->count + 1, sizeof(char *));
		for (v = sums->child; v; v = v->next) {
			if (v->type != PA_JSON_STRING) {
				snprintf(err, errlen, "a finding's summaries are an array of names");
				goto bad;
			}
			fd->summaries[fd->nsummaries++] = pa_xstrdup(v->string);
		}
	}
	return 0;
bad:
	pa_finding_json_free(fd);
	return -1;
}
