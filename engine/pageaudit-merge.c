// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit-merge: analyze the graphs of many translation units together.
 *
 *   pageaudit-merge [-r RULES] [-d DB] [-s SUMMARIES] [-o FINDINGS.jsonl]
 *                   [-S FINDINGS.sarif] [-p SRCROOT] [-b BUDGET] [-P KEY=VALUE]... [-q] PATH...
 *
 * PATH is an object (its graph section, written by the GCC plugin's
 * `graph-object` argument), an archive (built-in.a, thin or not), a graph
 * file (OBJ.pa, the plugin's `graph` argument) or a directory searched for
 * objects and graph files.  A graph read before (a composite object and its
 * parts, an archive and its members) counts once.  All functions are analyzed
 * as one program, callee first across files, recursive components iterated
 * until their summaries stop changing.  -d adds a summary database for
 * functions outside PATH; -s writes the summaries of the non-static
 * functions (the database a later build reads with summaries=), its paths
 * relative to SRCROOT and its header the -P lines (tree, version, arch,
 * config, command: its provenance); findings
 * are deduplicated (a header's inline function once) and written as JSON
 * Lines (-o), SARIF (-S) and, on stdout, a table and GCC-style lines.
 */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include "pageaudit.h"

static char **paths;
static int npaths, cappaths;

static void add_path(const char *p)
{
	if (npaths == cappaths) {
		cappaths = cappaths ? cappaths * 2 : 256;
		paths = realloc(paths, sizeof(char *) * (size_t)cappaths);
		if (!paths) {
			fputs("pageaudit-merge: out of memory\n", stderr);
			exit(1);
		}
	}
	paths[npaths++] = strdup(p);
}

static int visit(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	size_t n = strlen(p);

	if (type == FTW_F && n > 3 && (!strcmp(p + n - 3, ".pa") || !strcmp(p + n - 2, ".o")))
		add_path(p);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static FILE *open_out(const char *path)
{
	FILE *fp = fopen(path, "w");

	if (!fp) {
		fprintf(stderr, "pageaudit-merge: cannot write '%s'\n", path);
		exit(1);
	}
	return fp;
}

/* The merge shows findings after its table: nothing during the analysis. */
static void no_show(const struct pa_finding *fd, int as_error, void *ctx)
{
}

int main(int argc, char **argv)
{
	const char *db = NULL, *sum_out = NULL, *json_out = NULL;
	const char *sarif_out = NULL, *root = NULL;
	int quiet = 0, opt, i, nu, passes, unconv, nprov = 0, ngraphs, ndup;
	char **prov = NULL;
	struct pa_session *s = pa_session_new("merge");
	struct pa_unit *u;
	const struct pa_finding **fd;
	struct pa_stats st;
	char err[1024], line[512], fe[64];
	clock_t t0 = clock();

	while ((opt = getopt(argc, argv, "r:d:s:o:S:p:b:P:qh")) != -1) {
		switch (opt) {
		case 'P':
			/* a provenance line for the summary database: KEY=VALUE */
			if (!strchr(optarg, '=') || strchr(optarg, '\n')) {
				fprintf(stderr, "pageaudit-merge: -P takes KEY=VALUE, not '%s'\n", optarg);
				return 2;
			}
			prov = realloc(prov, sizeof(char *) * (size_t)(nprov + 2));
			prov[nprov] = malloc(strlen(optarg) + 2);
			sprintf(prov[nprov], "%.*s: %s", (int)(strchr(optarg, '=') - optarg), optarg,
				strchr(optarg, '=') + 1);
			prov[++nprov] = NULL;
			break;
		case 'r': pa_session_option(s, "rules", optarg); break;
		case 'd': db = optarg; break;
		case 's': sum_out = optarg; break;
		case 'o': json_out = optarg; break;
		case 'S': sarif_out = optarg; break;
		case 'p': root = optarg; break;
		case 'b':
			if (pa_session_option(s, "budget", optarg)) {
				fprintf(stderr, "pageaudit-merge: -b takes a positive number, not '%s'\n",
					optarg);
				return 2;
			}
			break;
		case 'q': quiet = 1; break;
		default:
			fprintf(stderr, "usage: pageaudit-merge [-r RULES] [-d DB] [-s SUMMARIES] "
				"[-o FINDINGS.jsonl] [-S FINDINGS.sarif] [-p SRCROOT] [-b BUDGET] [-P KEY=VALUE] [-q] PATH...\n");
			return 2;
		}
	}
	if (optind == argc) {
		fprintf(stderr, "pageaudit-merge: no graph file or directory given\n");
		return 2;
	}
	for (i = optind; i < argc; i++) {
		struct stat sb;

		if (stat(argv[i], &sb)) {
			fprintf(stderr, "pageaudit-merge: no such file or directory '%s'\n", argv[i]);
			return 1;
		}
		if (S_ISDIR(sb.st_mode))
			nftw(argv[i], visit, 32, FTW_PHYS);
		else
			add_path(argv[i]);
	}
	qsort(paths, (size_t)npaths, sizeof(char *), cmp_str);

	if (json_out) {
		/* the merge writes the file anew; the kit appends */
		FILE *fp = open_out(json_out);

		fclose(fp);
		pa_session_option(s, "json", json_out);
	}
	if (db)
		pa_session_option(s, "summaries", db);
	if (pa_session_start(s, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	u = pa_session_unit(s);
	for (i = 0; i < npaths; i++) {
		if (pa_unit_read_graph(u, paths[i], err, sizeof(err))) {
			fprintf(stderr, "%s\n", err);
			return 1;
		}
	}
	snprintf(fe, sizeof(fe), "%s+merge",
		 pa_unit_graph_frontend(u) ? pa_unit_graph_frontend(u) : "none");
	pa_unit_set_frontend(u, fe);
	if (pa_session_report(s, NULL, no_show, NULL, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	pa_unit_stats(u, &st);
	pa_unit_passes(u, &passes, &unconv);

	if (sum_out) {
		FILE *fp = open_out(sum_out);

		if (pa_unit_write_summaries(u, fp, root, (const char *const *)prov) || fclose(fp)) {
			fprintf(stderr, "pageaudit-merge: cannot write '%s'\n", sum_out);
			return 1;
		}
	}

	/* sorted, one per place, rule, function and object (pa_unit_analyze) */
	nu = pa_unit_nfindings(u);
	fd = malloc(sizeof(*fd) * (size_t)(nu ? nu : 1));
	for (i = 0; i < nu; i++)
		fd[i] = pa_unit_finding(u, i);

	if (sarif_out) {
		FILE *fp = open_out(sarif_out);

		if (pa_sarif_write(fp, fd, nu, root, pa_session_rules(s)) || fclose(fp)) {
			fprintf(stderr, "pageaudit-merge: cannot write '%s'\n", sarif_out);
			return 1;
		}
	}
	pa_stats_line(&st, nu, line, sizeof(line));
	pa_unit_graph_counts(u, &ngraphs, &ndup);
	fprintf(stderr, "pageaudit-merge: %d files, %d graphs (%d read before), %s; summary passes: %d%s; %.1f s\n",
		npaths, ngraphs, ndup, line, passes,
		unconv ? " (some recursive components did not converge)" : "",
		(double)(clock() - t0) / CLOCKS_PER_SEC);
	if (unconv)
		fprintf(stderr, "pageaudit-merge: %d recursive components kept the summaries of their last pass\n",
			unconv);
	if (!quiet) {
		unsigned r;

		printf("%-26s %s\n", "rule", "findings");
		for (r = 0; pa_rule_info[r].id; r++) {
			int c = 0;

			for (i = 0; i < nu; i++)
				c += !strcmp(fd[i]->rule, pa_rule_info[r].id);
			printf("%-26s %d\n", pa_rule_info[r].id, c);
		}
		printf("%-26s %d\n\n", "total", nu);
		for (i = 0; i < nu; i++)
			pa_finding_print(stdout, fd[i], PA_TEXT_GCC, root, 0);
	}
	free(fd);
	pa_session_free(s);
	for (i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	return 0;
}
