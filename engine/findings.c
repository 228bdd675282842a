// SPDX-License-Identifier: GPL-2.0
/*
 * Findings as users and tools see them: the stable rule ids, the message
 * and the witness notes built from an exploration's path, and the order
 * and identity that deduplication relies on.
 */
#include <stdio.h>
#include "analysis.h"


static const char *object_name(struct pa_func *f, int obj, int opnode)
{
	const char *best = NULL;
	int n;

	if (opnode >= 0 && (best = pa_node_display(f, opnode)))
		return best;
	for (n = 0; n < f->nnode; n++) {
		const char *d;

		if (pa_find(f, n) != obj || !(d = pa_node_display(f, n)))
			continue;
		if (!best || strlen(d) < strlen(best))
			best = d;
	}
	return best ? best : "<temporary>";
}

static const char *last_callee(struct wstep *w, enum pa_step_kind k)
{
	for (; w; w = w->prev)
		if (w->kind == k)
			return w->callee;
	return NULL;
}

/* "bio_add_page()", or "a store to pipe_buffer.page" for a field rule */
static const char *desc(struct pa_unit *u, const char *callee)
{
	char buf[256];

	if (!callee)
		return "a call";
	snprintf(buf, sizeof(buf), strchr(callee, '.') ? "a store to %s" : "%s()", callee);
	return pa_str(u, buf);
}

/* The functions whose summaries the path applied to the object, once each,
 * in path order (the walk goes backwards: each one goes first). */
static void add_summary(struct pa_finding *fd, const char *callee)
{
	int i;

	if (!callee)
		return;
	for (i = 0; i < fd->nsummaries; i++)
		if (fd->summaries[i] == callee)
			return;
	fd->summaries = pa_xrealloc(fd->summaries, sizeof(char *) * (size_t)(fd->nsummaries + 1));
	memmove(fd->summaries + 1, fd->summaries, sizeof(char *) * (size_t)fd->nsummaries);
	fd->summaries[0] = callee;
	fd->nsummaries++;
}

void make_findings(struct pa_func *f, struct finding_list *l)
{
	struct pa_unit *u = f->unit;
	int i;

	for (i = 0; i < l->n; i++) {
		struct found *fo = &l->f[i];
		struct pa_finding *fd;
		const char *obj = object_name(f, fo->obj, fo->opnode);
		const char *io = desc(u, fo->callee);
		const char *mark = desc(u, last_callee(fo->w->prev, PA_STEP_MARK));
		const char *acc = desc(u, last_callee(fo->w->prev, PA_STEP_ACCESSIBLE));
		const char *rel = desc(u, last_callee(fo->w->prev, PA_STEP_RELEASE));
		struct wstep *w, *steps[64];
		int n = 0, j, nbranch = 0, cut = 0;

		PA_GROW(u->fd, u->nfd, u->cap_fd);
		fd = &u->fd[u->nfd++];
		memset(fd, 0, sizeof(*fd));
		fd->rule = pa_rule_info[fo->rule].id;
		fd->loc = fo->loc;
		fd->function = f->name;
		fd->fe_decl = f->fe_decl;
		fd->object = pa_xstrdup(obj);
		fd->message = pa_rule_text(pa_rule_info[fo->rule].message, u->rules, obj, io,
					   mark, acc, rel);
		/* the path: object events, and the branches after the first one */
		for (w = fo->w; w; w = w->prev) {
			if (w->used)
				add_summary(fd, w->callee);
			if (w->used == WS_USED)
				continue;
			if ((w->kind == PA_STEP_BRANCH && ++nbranch > 12) || n == 64) {
				cut = 1;
				continue;
			}
			steps[n++] = w;
		}
		u->stats.witness_cut += cut;
		fd->steps = pa_xcalloc((size_t)n, sizeof(struct pa_step));
		for (j = 0; j < n; j++) {
			struct wstep *s = steps[n - 1 - j];
			struct pa_step *st = &fd->steps[fd->nsteps++];

			st->kind = s->kind;
			st->loc = s->loc;
			switch (s->kind) {
			case PA_STEP_MARK:
				st->text = pa_xasprintf("'%s' marked by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_ACCESSIBLE:
				st->text = pa_xasprintf("'%s' made accessible by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_RELEASE:
				st->text = pa_xasprintf("marker of '%s' dropped by %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_BRANCH:
				st->text = pa_xstrdup(s->taken == 1 ? "taking the true branch" :
						      s->taken == 0 ? "taking the false branch" :
						      "taking this branch");
				break;
			case PA_STEP_CALL:
				st->text = pa_xasprintf("'%s' passed to %s", obj, desc(u, s->callee));
				break;
			case PA_STEP_IO:
				if (s->inner)
					st->text = pa_xasprintf("I/O starts in %s, called here "
								"(%s at %s:%d)", desc(u, s->callee),
								desc(u, s->inner), s->inner_loc.file,
								s->inner_loc.line);
				else
					st->text = pa_xasprintf("I/O starts here in %s", desc(u, s->callee));
				break;
			}
		}
	}
}

int pa_finding_cmp(const struct pa_finding *x, const struct pa_finding *y)
{
	int c = strcmp(x->loc.file, y->loc.file);

	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line - y->loc.line;
	if (x->loc.col != y->loc.col)
		return x->loc.col - y->loc.col;
	if ((c = strcmp(x->rule, y->rule)))
		return c;
	if ((c = strcmp(x->function, y->function)))
		return c;
	return strcmp(x->object, y->object);
}

int finding_cmp(const void *a, const void *b)
{
	return pa_finding_cmp(a, b);
}

void pa_finding_free(struct pa_finding *fd)
{
	int j;

	free(fd->message);
	free(fd->object);
	for (j = 0; j < fd->nsteps; j++)
		free(fd->steps[j].text);
	free(fd->steps);
	free(fd->summaries);
}
