// SPDX-License-Identifier: GPL-2.0
/*
 * pa-dump: print the functions of graph files as their front end lowered
 * them, in a stable text form (engine/dump.c), with the events a rule set
 * gives each call.  Golden dumps of testcases compare front ends.
 *
 *   pa-dump [-r RULES] GRAPH.pa...
 */
#include <stdio.h>
#include <unistd.h>
#include "pageaudit.h"

int main(int argc, char **argv)
{
	struct pa_session *s = pa_session_new("dump");
	char err[1024];
	int opt, i, rc = 0;

	while ((opt = getopt(argc, argv, "r:h")) != -1) {
		if (opt == 'r' && pa_session_option(s, "rules", optarg) == PA_OPT_OK)
			continue;
		fprintf(stderr, "usage: pa-dump [-r RULES] GRAPH.pa...\n");
		return 2;
	}
	if (optind == argc) {
		fprintf(stderr, "pa-dump: no graph file given\n");
		return 2;
	}
	if (pa_session_start(s, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	for (i = optind; i < argc && !rc; i++) {
		struct pa_unit *u = pa_session_unit(s);

		if (pa_unit_read_graph(u, argv[i], err, sizeof(err))) {
			fprintf(stderr, "%s\n", err);
			rc = 1;
		} else if (pa_unit_dump(u, stdout)) {
			fprintf(stderr, "pa-dump: cannot write the dump\n");
			rc = 1;
		}
		pa_session_drop_unit(s);
	}
	pa_session_free(s);
	return rc;
}
