// SPDX-License-Identifier: GPL-2.0
/*
 * pa-rules: check a rule file with the engine's parser and list it.
 *   pa-rules FILE        exit 0 and print "FILE: N rules", or FILE:LINE: error
 *   pa-rules -l FILE     one line per rule: ROLE NAME OBJECT WHEN KIND
 *   pa-rules -l          the built-in default set
 */
#include <stdio.h>
#include <string.h>
#include "pageaudit.h"

static const char *obj(const struct pa_rule *r, char *b, size_t n)
{
	switch (r->obj) {
	case PA_OBJ_ARG: snprintf(b, n, "arg%d", r->argno); break;
	case PA_OBJ_RET: snprintf(b, n, "ret"); break;
	case PA_OBJ_OUT: snprintf(b, n, "out%d", r->argno); break;
	case PA_OBJ_OUTALLOC: snprintf(b, n, "outalloc%d", r->argno); break;
	case PA_OBJ_ARG_IS_RET: snprintf(b, n, "arg%d=ret", r->argno); break;
	case PA_OBJ_FIELD: snprintf(b, n, "field"); break;
	case PA_OBJ_ADDR: snprintf(b, n, "addr"); break;
	default: snprintf(b, n, "store"); break;
	}
	return b;
}

int main(int argc, char **argv)
{
	static const char *const when[] = { "-", "ret!=0", "ret>0", "ret==0" };
	static const char *const kind[] = { "function", "inline", "macro", "field", "global" };
	int list = argc > 1 && !strcmp(argv[1], "-l");
	const char *file = argv[list ? 2 : 1];
	struct pa_rules *r;
	char err[512], b[32];
	int i;

	if (!list && argc != 2) {
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
		printf("%s: %d rules\n", file, pa_rules_count(r));
	} else {
		for (i = 0; i < pa_rules_count(r); i++) {
			const struct pa_rule *x = pa_rules_get(r, i);

			printf("%s %s %s %s %s\n", pa_role_name(x->role), x->name,
			       obj(x, b, sizeof(b)), when[x->when], kind[x->kind]);
		}
	}
	pa_rules_free(r);
	return 0;
}
