// SPDX-License-Identifier: GPL-2.0
/*
 * The protocol's typestate table (DESIGN.md, "What is checked") as code, in
 * one file to read beside the design: the states, their transitions, and
 * the rule an I/O breaks in each.
 */
#include "analysis.h"

/*
 * States (enum ts, engine.h), and what an I/O in each reports (io_rules):
 *
 *   DESIGN.md  code                at an I/O
 *   UNTRACKED  TS_UNTRACKED        nothing: the caller's obligation (summary)
 *   MARKED     TS_MARKED           missing-accessible
 *              TS_MARKED_EARLY     accessible-before-mark (EARLY, then a mark)
 *   READY      TS_READY            nothing
 *              TS_READY_UNCHECKED  unchecked-accessible (result ignored)
 *   EARLY      TS_EARLY            nothing
 *   RELEASED   TS_RELEASED         io-after-release
 *
 * Transitions (ts_after); any other event keeps the state:
 *
 *   mark             UNTRACKED, RELEASED -> MARKED; EARLY -> MARKED_EARLY
 *   accessible       MARKED, MARKED_EARLY -> READY, or READY_UNCHECKED if
 *                    its result is ignored; READY_UNCHECKED -> READY if
 *                    checked; UNTRACKED, RELEASED -> EARLY.  A result kept
 *                    in a value is checked only by a branch that rules out
 *                    its failure (a negative value) before the I/O: until
 *                    then the state is READY_UNCHECKED (explore.c, pend)
 *   mark-nested      a marker on top of one that must already be held
 *                    (folio_add_pin): RELEASED -> MARKED, EARLY ->
 *                    MARKED_EARLY, as mark; UNTRACKED stays (the held
 *                    marker is the caller's: its paths decide), and so
 *                    does a marked state (READY stays READY)
 *   mark+accessible  any -> READY
 *   neutral-get/put  keep the state: a reference that is no marker (a
 *                    cache's: add_to_swap_cache()); a release after it on
 *                    the path drops it, not the marker (explore.c, nested)
 *   release          any -> RELEASED; an element set (pages[]) keeps its state
 *
 * Nested markers (a release drops the last one taken) and callees'
 * summaries are applied in explore.c; rule ids are in findings.c.
 */

int ts_after(int ts, enum ev_kind k, int checked, int collection)
{
	switch (k) {
	case EV_MARK:
		switch (ts) {
		case TS_UNTRACKED: case TS_RELEASED: return TS_MARKED;
		case TS_EARLY: return TS_MARKED_EARLY;
		default: return ts;
		}
	case EV_MARK_NESTED:
		switch (ts) {
		case TS_RELEASED: return TS_MARKED;
		case TS_EARLY: return TS_MARKED_EARLY;
		default: return ts;
		}
	case EV_ACCESSIBLE:
		switch (ts) {
		case TS_MARKED: case TS_MARKED_EARLY:
			return checked ? TS_READY : TS_READY_UNCHECKED;
		case TS_READY_UNCHECKED:
			return checked ? TS_READY : ts;
		case TS_UNTRACKED: case TS_RELEASED: return TS_EARLY;
		default: return ts;
		}
	case EV_MARK_ACCESSIBLE:
		return TS_READY;
	case EV_RELEASE:
		return collection ? ts : TS_RELEASED;
	default:
		return ts;
	}
}

/* The findings an I/O causes in each state. */
unsigned io_rules(int ts)
{
	switch (ts) {
	case TS_MARKED: return 1u << R_MISSING;
	case TS_MARKED_EARLY: return 1u << R_BEFORE;
	case TS_READY_UNCHECKED: return 1u << R_UNCHECKED;
	case TS_RELEASED: return 1u << R_AFTER_RELEASE;
	default: return 0;
	}
}

/* This code holds a marker on the object. */
int marked(int ts)
{
	return ts == TS_MARKED || ts == TS_MARKED_EARLY || ts == TS_READY ||
	       ts == TS_READY_UNCHECKED;
}

/* The kind of witness note an event leaves. */
enum pa_step_kind step_for(enum ev_kind k)
{
	switch (k) {
	case EV_MARK: case EV_MARK_NESTED: return PA_STEP_MARK;
	case EV_ACCESSIBLE: case EV_MARK_ACCESSIBLE: return PA_STEP_ACCESSIBLE;
	case EV_RELEASE: return PA_STEP_RELEASE;
	default: return PA_STEP_CALL;
	}
}
