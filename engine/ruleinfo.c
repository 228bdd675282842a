// SPDX-License-Identifier: GPL-2.0
/* The rule ids' table (rule-ids.def) and the expansion of its texts. */
#include <stdio.h>
#include "engine.h"

const struct pa_rule_info pa_rule_info[] = {
#define PA_RULE(e, id, name, desc, msg) { id, name, desc, msg },
#include "rule-ids.def"
#undef PA_RULE
	{ NULL, NULL, NULL, NULL }
};

char *pa_rule_text(const char *tmpl, const struct pa_rules *rules, const char *object,
		   const char *io, const char *mark, const char *acc, const char *rel)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	const char *p;

	if (!fp)
		return pa_xstrdup(tmpl);
	for (p = tmpl; *p; p++) {
		const char *v = NULL;

		if (*p != '%' || !p[1]) {
			fputc(*p, fp);
			continue;
		}
		switch (*++p) {
		case 'A': v = rules ? pa_rules_accessible(rules) : "accessible call"; break;
		case 'o': v = object; break;
		case 'i': v = io; break;
		case 'm': v = mark; break;
		case 'a': v = acc; break;
		case 'r': v = rel; break;
		default: fputc('%', fp); fputc(*p, fp); continue;
		}
		fputs(v ? v : "?", fp);
	}
	fclose(fp);
	return buf;
}
