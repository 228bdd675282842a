// SPDX-License-Identifier: GPL-2.0
/*
 * pa-rules: check a rule set with the engine's parser and list it.
 *   pa-rules FILE        exit 0 and print "FILE: N rules (...)", or FILE:LINE: error
 *   pa-rules -l FILE     the resolved set (includes, overrides and removals
 *                        applied), one rule per line: ROLE NAME OBJECT WHEN KIND
 *   pa-rules -l          the built-in default set
 */
#include <stdio.h>
#include <string.h>
#include "pageaudit.h"

int main(int argc, char **argv)
{
	int list = argc > 1 && !strcmp(argv[1], "-l");
	const char *file = argv[list ? 2 : 1];
	struct pa_rules *r;
	char err[1024], line[512];
	int i;

	if ((!list && argc != 2) || (list && argc > 3)) {
		fprintf(stderr, "usage: pa-rules [-l] [FILE]\n");
		return 2;
	}
	r = file ? pa_rules_load(file, err, sizeof(err)) :
		pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	if (!r) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	if (!list) {
		printf("%s: %d rules (format %d, Linux %s, %s; accessible: %s)\n", file,
		       pa_rules_count(r), pa_rules_format(r),
		       pa_rules_kernel(r) ? pa_rules_kernel(r) : "?",
		       pa_rules_arch(r) ? pa_rules_arch(r) : "any architecture",
		       pa_rules_accessible(r));
	} else {
		printf("format 2\n");
		if (pa_rules_kernel(r))
			printf("kernel %s\n", pa_rules_kernel(r));
		if (pa_rules_arch(r))
			printf("arch %s\n", pa_rules_arch(r));
		for (i = 0; i < pa_rules_count(r); i++) {
			const struct pa_rule *x = pa_rules_get(r, i);

			if (x->role == PA_ROLE_PREDICATE)
				continue;	/* implied by the if: conditions */
			pa_rule_format(x, line, sizeof(line));
			printf("%s\n", line);
		}
	}
	pa_rules_free(r);
	return 0;
}
