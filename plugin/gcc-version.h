/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The oldest GCC pageaudit builds against.  BUILDING_GCC_VERSION comes from
 * GCC's bversion.h: major * 1000 + minor, 12002 for GCC 12.2.  A header of
 * its own so that plugin/test-errors can try it without GCC's headers.
 */
#ifndef PAGEAUDIT_GCC_VERSION_H
#define PAGEAUDIT_GCC_VERSION_H

#ifndef BUILDING_GCC_VERSION
#error "pageaudit: include GCC's bversion.h before gcc-version.h"
#elif BUILDING_GCC_VERSION < 10000
#error "pageaudit needs GCC 10 or later"
#endif

#endif
