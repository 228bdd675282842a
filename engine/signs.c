// SPDX-License-Identifier: GPL-2.0
/*
 * What is known of a value's sign on a path: the signs a comparison allows,
 * the value a copy or a test derives from, and a path's constraints
 * (struct pstate's cons[]), which branches narrow.
 */
#include "analysis.h"

static enum pa_cmp negate(enum pa_cmp op)
{
	switch (op) {
	case PA_EQ: return PA_NE;
	case PA_NE: return PA_EQ;
	case PA_LT: return PA_GE;
	case PA_LE: return PA_GT;
	case PA_GT: return PA_LE;
	default: return PA_LT;
	}
}

/* The signs x may have when (x OP k) holds: an over-approximation. */
unsigned sign_of(enum pa_cmp op, long k)
{
	if (k == 0) {
		switch (op) {
		case PA_EQ: return SG_ZERO;
		case PA_NE: return SG_NEG | SG_POS;
		case PA_LT: return SG_NEG;
		case PA_LE: return SG_NEG | SG_ZERO;
		case PA_GT: return SG_POS;
		default: return SG_ZERO | SG_POS;
		}
	}
	if (k > 0) {
		switch (op) {
		case PA_EQ: case PA_GT: case PA_GE: return SG_POS;
		case PA_LT: return k == 1 ? (SG_NEG | SG_ZERO) : SG_ALL;
		default: return SG_ALL;
		}
	}
	switch (op) {
	case PA_EQ: case PA_LT: case PA_LE: return SG_NEG;
	case PA_GT: return k == -1 ? (SG_ZERO | SG_POS) : SG_ALL;
	default: return SG_ALL;
	}
}

unsigned sign_const(long k)
{
	return k < 0 ? SG_NEG : k ? SG_POS : SG_ZERO;
}

/* Follow copies (and, with tests, comparisons and test rules) from value
 * v, known to have signs *mask, to the value it derives from; returns it,
 * or CONST_ROOT if v derives from a constant (then *mask is what is left).
 * Without tests, a comparison is where it stops: a value 0 or 1. */
static int follow(struct pa_func *f, int v, unsigned *mask, int tests)
{
	int guard = 0;

	while (v >= 0 && v < f->cap_vdef && f->vdef[v].defined && guard++ < 32) {
		struct value_def *d = &f->vdef[v];

		if (d->is_const) {
			*mask &= sign_const(d->k);
			return CONST_ROOT;
		}
		if (d->is_signs) {
			*mask &= d->smask;
			return CONST_ROOT;
		}
		if ((d->is_test || d->is_cmp) && !tests) {
			*mask &= SG_ZERO | SG_POS;
			return v;
		}
		if (d->is_test) {
			unsigned m = 0;

			/* v is 0 or 1: src has tmask when it is 1 */
			if (*mask & SG_POS)
				m |= d->tmask;
			if (*mask & SG_ZERO)
				m |= SG_ALL & ~d->tmask;
			*mask = m;
		}
		if (d->is_cmp) {
			unsigned m = 0;

			/* v is 0 or 1 */
			if (*mask & SG_POS)
				m |= sign_of(d->op, d->k);
			if (*mask & SG_ZERO)
				m |= sign_of(negate(d->op), d->k);
			*mask = m;
		}
		v = d->src;
	}
	return v;
}

int resolve(struct pa_func *f, int v, unsigned *mask)
{
	return follow(f, v, mask, 1);
}

/* Follow copies only: the value v copies, or CONST_ROOT. */
int copy_root(struct pa_func *f, int v, unsigned *mask)
{
	return follow(f, v, mask, 0);
}

unsigned when_mask(const struct pa_rule *r)
{
	switch (r->when) {
	case PA_WHEN_NONZERO: return SG_NEG | SG_POS;
	case PA_WHEN_POSITIVE: return SG_POS;
	case PA_WHEN_ZERO: return SG_ZERO;
	case PA_WHEN_NEGATIVE: return SG_NEG;
	case PA_WHEN_SIGNS: return r->signs & SG_ALL;
	default: return SG_ALL;
	}
}

/* Signs not kept because a state holds MAXCONS already (per thread, so
 * that front ends may analyze units in parallel). */
_Thread_local int cons_lost;

unsigned cons_get(const struct pstate *s, int v)
{
	int i;

	for (i = 0; i < s->ncons; i++)
		if (s->cons[i].value == v)
			return s->cons[i].mask;
	return SG_ALL;
}

/* Narrow v's signs; returns 0 if the path becomes infeasible. */
int cons_and(struct pstate *s, int v, unsigned mask)
{
	int i, j;

	mask &= SG_ALL;
	for (i = 0; i < s->ncons; i++) {
		if (s->cons[i].value == v) {
			s->cons[i].mask &= mask;
			return s->cons[i].mask != 0;
		}
	}
	if (!mask)
		return 0;
	if (mask == SG_ALL)
		return 1;
	if (s->ncons == MAXCONS) {
		cons_lost++;	/* the sign is not kept: counted, not silent */
		return 1;
	}
	/* keep sorted so that equal states compare equal */
	for (i = 0; i < s->ncons && s->cons[i].value < v; i++)
		;
	for (j = s->ncons; j > i; j--)
		s->cons[j] = s->cons[j - 1];
	s->cons[i].value = v;
	s->cons[i].mask = (unsigned char)mask;
	s->ncons++;
	return 1;
}

void cons_kill(struct pstate *s, int v)
{
	int i;

	for (i = 0; i < s->ncons; i++) {
		if (s->cons[i].value == v) {
			memmove(&s->cons[i], &s->cons[i + 1],
				sizeof(s->cons[0]) * (size_t)(s->ncons - i - 1));
			s->ncons--;
			return;
		}
	}
}

/* The signs of x + k where x has signs m (no overflow). */
unsigned add_sign(unsigned m, long k)
{
	unsigned r = 0;

	if (!k)
		return m;
	if (m & SG_NEG)
		r |= k < 0 ? SG_NEG : k == 1 ? SG_NEG | SG_ZERO : SG_ALL;
	if (m & SG_ZERO)
		r |= sign_const(k);
	if (m & SG_POS)
		r |= k > 0 ? SG_POS : k == -1 ? SG_ZERO | SG_POS : SG_ALL;
	return r;
}

/* Can a value of sign class ca (SG_NEG, SG_ZERO or SG_POS) stand in
 * relation op to one of class cb?  Unsigned, both nonzero classes are one. */
static int rel_ok(enum pa_cmp op, unsigned ca, unsigned cb, int uns)
{
	int a = ca == SG_NEG ? -1 : ca == SG_ZERO ? 0 : 1;
	int b = cb == SG_NEG ? -1 : cb == SG_ZERO ? 0 : 1;

	if (uns) {
		a = a != 0;
		b = b != 0;
	}
	switch (op) {
	case PA_EQ: return a == b;
	case PA_NE: return a || b;	/* equal nonzero classes hold unequal values */
	case PA_LT: return a < b || (a == b && a != 0);
	case PA_LE: return a <= b;
	case PA_GT: return a > b || (a == b && a != 0);
	default: return a >= b;
	}
}

/* Narrow the signs of a and b where (a OP b) holds; 0 if it cannot. */
int rel_narrow(enum pa_cmp op, int uns, unsigned *ma, unsigned *mb)
{
	unsigned na = 0, nb = 0, ca, cb;

	for (ca = SG_NEG; ca <= SG_POS; ca <<= 1)
		for (cb = SG_NEG; cb <= SG_POS; cb <<= 1)
			if ((*ma & ca) && (*mb & cb) && rel_ok(op, ca, cb, uns)) {
				na |= ca;
				nb |= cb;
			}
	*ma = na;
	*mb = nb;
	return na && nb;
}
