// SPDX-License-Identifier: GPL-2.0
/*
 * The front-end kit: what every front end (GCC plugin, sparse, libclang,
 * the merge) does around its lowering, so that a front end is one thin file
 * that lowers its IR and shows findings its compiler's way.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "engine.h"

/* Functions larger than this are not lowered, so a build never slows down. */
#define MAX_BLOCKS 20000

struct pa_session {
	const char *frontend;
	const char *rules_file, *json_file, *summaries_file;
	int werror, verbose, graph, graph_object, graph_only, disabled;
	int budget, max_blocks;
	struct pa_rules *rules;
	int json_fd;
	struct pa_unit *unit;
	struct pa_stats last;
	int last_findings;
	int too_big;		/* counted before the unit's statistics exist */
	char *owned[3];		/* option values kept */
};

const char *const pa_session_help[] = {
	"rules=FILE      rule set (default: the built-in one)",
	"json=FILE       append findings to FILE as JSON Lines",
	"graph           write the unit's graph for pageaudit-merge beside the object (OBJ.pa)",
	"graph-object    put the unit's graph into the object (section " PA_GRAPH_SECTION ")",
	"graph-only      with graph or graph-object: no analysis here, pageaudit-merge does it",
	"stamp=ID        ignored: a build system sees it change (audit of a new plugin or rule set)",
	"summaries=DB    apply a summary database at calls to other files",
	"werror          findings are errors",
	"disable         do nothing",
	"verbose         print what was analyzed per unit",
	"budget=N        path states per object before it is dropped (default 20000)",
	"max-blocks=N    functions over N basic blocks are skipped (default 20000)",
	NULL
};

struct pa_session *pa_session_new(const char *frontend)
{
	struct pa_session *s = pa_xcalloc(1, sizeof(*s));

	s->frontend = frontend;
	s->json_fd = -1;
	s->max_blocks = MAX_BLOCKS;
	return s;
}

void pa_session_free(struct pa_session *s)
{
	int i;

	if (!s)
		return;
	pa_unit_free(s->unit);
	if (s->json_fd >= 0)
		close(s->json_fd);
	pa_rules_free(s->rules);
	for (i = 0; i < 3; i++)
		free(s->owned[i]);
	free(s);
}

static const char *keep(struct pa_session *s, int slot, const char *v)
{
	free(s->owned[slot]);
	s->owned[slot] = pa_xstrdup(v);
	return s->owned[slot];
}

static int number(const char *v, int *out)
{
	char *end;
	long n;

	if (!v || !*v)
		return 0;
	errno = 0;
	n = strtol(v, &end, 10);
	if (*end || errno || n < 1 || n > 100000000)
		return 0;
	*out = (int)n;
	return 1;
}

enum pa_option_status pa_session_option(struct pa_session *s, const char *key,
					const char *value)
{
	static const char *const flags[] = { "werror", "verbose", "graph", "graph-object",
					     "graph-only", "disable" };
	int *flag_var[] = { &s->werror, &s->verbose, &s->graph, &s->graph_object,
			    &s->graph_only, &s->disabled };
	static const char *const files[] = { "rules", "json", "summaries" };
	const char **file_var[] = { &s->rules_file, &s->json_file, &s->summaries_file };
	unsigned i;

	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (!strcmp(key, flags[i])) {
			if (value)
				return PA_OPT_NO_VALUE;
			*flag_var[i] = 1;
			return PA_OPT_OK;
		}
	for (i = 0; i < 3; i++)
		if (!strcmp(key, files[i])) {
			if (!value || !*value)
				return PA_OPT_NEEDS_VALUE;
			*file_var[i] = keep(s, (int)i, value);
			return PA_OPT_OK;
		}
	if (!strcmp(key, "stamp"))
		return value && *value ? PA_OPT_OK : PA_OPT_NEEDS_VALUE;
	if (!strcmp(key, "budget") || !strcmp(key, "max-blocks")) {
		if (!value || !*value)
			return PA_OPT_NEEDS_VALUE;
		if (!number(value, key[0] == 'b' ? &s->budget : &s->max_blocks))
			return PA_OPT_BAD_VALUE;
		return PA_OPT_OK;
	}
	return PA_OPT_UNKNOWN;
}

static struct pa_unit *new_unit(struct pa_session *s, char *err, size_t errlen)
{
	struct pa_unit *u = pa_unit_new(s->rules);

	pa_unit_set_frontend(u, s->frontend);
	if (s->budget)
		pa_unit_set_budget(u, s->budget);
	if (s->summaries_file && pa_unit_read_summaries(u, s->summaries_file, err, errlen)) {
		pa_unit_free(u);
		return NULL;
	}
	return u;
}

int pa_session_start(struct pa_session *s, char *err, size_t errlen)
{
	if (s->disabled)
		return 0;
	if (s->graph_only && !s->graph && !s->graph_object) {
		snprintf(err, errlen, "pageaudit: graph-only needs graph or graph-object");
		return -1;
	}
	s->rules = s->rules_file ? pa_rules_load(s->rules_file, err, errlen) :
		pa_rules_parse(pa_default_rules, pa_default_rules_name, err, errlen);
	if (!s->rules)
		return -1;
	if (s->json_file) {
		s->json_fd = open(s->json_file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
		if (s->json_fd < 0) {
			snprintf(err, errlen, "pageaudit: cannot open json file '%s': %s",
				 s->json_file, strerror(errno));
			return -1;
		}
	}
	/* the first unit now, so that a broken summary database fails at once */
	s->unit = new_unit(s, err, errlen);
	return s->unit ? 0 : -1;
}

int pa_session_enabled(const struct pa_session *s)
{
	return !s->disabled;
}

int pa_session_verbose(const struct pa_session *s)
{
	return s->verbose;
}

int pa_session_werror(const struct pa_session *s)
{
	return s->werror;
}

int pa_session_graph(const struct pa_session *s)
{
	return s->graph;
}

int pa_session_graph_object(const struct pa_session *s)
{
	return s->graph_object;
}

char *pa_session_graph_text(struct pa_session *s, size_t *len)
{
	char *buf = NULL;
	FILE *fp;

	*len = 0;
	if (!s->unit)
		return NULL;
	fp = open_memstream(&buf, len);
	if (!fp)
		return NULL;
	if (pa_unit_write_graph(s->unit, fp) | fclose(fp)) {
		free(buf);
		*len = 0;
		return NULL;
	}
	return buf;
}

const struct pa_rules *pa_session_rules(const struct pa_session *s)
{
	return s->rules;
}

struct pa_unit *pa_session_unit(struct pa_session *s)
{
	char err[1024];

	if (s->unit || s->disabled || !s->rules)
		return s->unit;
	s->unit = new_unit(s, err, sizeof(err));
	if (!s->unit)
		fprintf(stderr, "%s\n", err);
	return s->unit;
}

int pa_session_too_big(struct pa_session *s, const char *name, int nblocks)
{
	if (nblocks <= s->max_blocks)
		return 0;
	if (s->unit)
		s->unit->stats.too_big++;
	else
		s->too_big++;
	return 1;
}

void pa_stats_line(const struct pa_stats *st, int nfindings, char *buf, size_t len)
{
	snprintf(buf, len, "%d functions, %d objects, %d path states, %d over budget, "
		 "%d findings; caps: %d functions too big, %d states over the block cap, "
		 "%d signs not kept, %d paths shortened",
		 st->functions, st->objects, st->states, st->dropped, nfindings,
		 st->too_big, st->block_cap, st->cons_cap, st->witness_cut);
}

void pa_session_stats_line(const struct pa_session *s, char *buf, size_t len)
{
	pa_stats_line(&s->last, s->last_findings, buf, len);
}

void pa_session_drop_unit(struct pa_session *s)
{
	pa_unit_free(s->unit);
	s->unit = NULL;
}

int pa_session_report(struct pa_session *s, const char *graph_path, pa_show_fn show,
		      void *ctx, char *err, size_t errlen)
{
	struct pa_unit *u = s->unit;
	int i, n, rc = 0;

	if (!u)
		return 0;
	u->stats.too_big += s->too_big;
	s->too_big = 0;
	if (s->graph && graph_path) {
		FILE *fp = fopen(graph_path, "w");

		if (!fp || pa_unit_write_graph(u, fp) || fclose(fp)) {
			snprintf(err, errlen, "pageaudit: cannot write '%s': %s", graph_path,
				 strerror(errno));
			rc = -1;
		}
	}
	if (s->graph_only) {
		/* the merge analyzes the graph with every other unit's */
		pa_unit_stats(u, &s->last);
		s->last_findings = 0;
		return rc;
	}
	pa_unit_analyze(u);
	n = pa_unit_nfindings(u);
	for (i = 0; i < n; i++) {
		const struct pa_finding *fd = pa_unit_finding(u, i);

		if (show)
			show(fd, s->werror, ctx);
		if (s->json_fd >= 0 && !rc &&
		    pa_finding_write_json(s->json_fd, fd, pa_unit_frontend(u))) {
			snprintf(err, errlen, "pageaudit: cannot write the json file '%s': %s",
				 s->json_file, strerror(errno));
			rc = -1;
		}
	}
	pa_unit_stats(u, &s->last);
	s->last_findings = n;
	return rc ? -1 : n;
}

int pa_session_end_unit(struct pa_session *s, const char *graph_path, pa_show_fn show,
			void *ctx, char *err, size_t errlen)
{
	int n = pa_session_report(s, graph_path, show, ctx, err, errlen);

	pa_session_drop_unit(s);
	return n;
}
