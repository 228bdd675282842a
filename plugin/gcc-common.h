/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GCC internals pageaudit uses, in one place: every difference between
 * GCC versions belongs here, none in pageaudit.c.  Built and tested with
 * Debian's gcc-12-plugin-dev.
 */
#ifndef PAGEAUDIT_GCC_COMMON_H
#define PAGEAUDIT_GCC_COMMON_H

/* first, so that an old GCC's first error says what is wrong */
#include "bversion.h"
#include "gcc-version.h"

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfg.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "tree-ssa-alias.h"
#include "ssa.h"
#include "tree-cfg.h"
#include "stringpool.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "toplev.h"
#include "langhooks.h"
#include "output.h"

#define __visible __attribute__((visibility("default")))

/* Declare a GIMPLE pass named NAME: the plugin defines NAME##_gate and
 * NAME##_execute, then makes it with make_##NAME##_pass(). */
#define PAGEAUDIT_GIMPLE_PASS(NAME, PROPS)					\
namespace {									\
static const pass_data NAME##_pass_data = {					\
	GIMPLE_PASS, #NAME, OPTGROUP_NONE, TV_NONE,				\
	(PROPS), 0, 0, 0, 0							\
};										\
class NAME##_pass : public gimple_opt_pass {					\
public:										\
	NAME##_pass() : gimple_opt_pass(NAME##_pass_data, g) {}			\
	bool gate(function *) final override { return NAME##_gate(); }		\
	unsigned int execute(function *fn) final override			\
	{ return NAME##_execute(fn); }						\
};										\
}										\
static opt_pass *make_##NAME##_pass(void) { return new NAME##_pass(); }

#endif
