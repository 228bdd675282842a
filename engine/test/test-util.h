/* SPDX-License-Identifier: GPL-2.0 */
/* What the engine's test programs share: a unit's findings as one string. */
#ifndef PA_TEST_UTIL_H
#define PA_TEST_UTIL_H

#include <stdio.h>
#include <string.h>
#include "pageaudit.h"

/* "RULE:LINE:FUNCTION;..." of the unit's findings, in order */
static inline void findings(struct pa_unit *u, char *buf, size_t len)
{
	int i;

	buf[0] = 0;
	for (i = 0; i < pa_unit_nfindings(u); i++) {
		const struct pa_finding *fd = pa_unit_finding(u, i);
		size_t n = strlen(buf);

		snprintf(buf + n, len - n, "%s%s:%d:%s", i ? ";" : "", fd->rule,
			 fd->loc.line, fd->function);
	}
}

#endif
