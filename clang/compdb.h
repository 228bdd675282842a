/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compile_commands.json (the JSON compilation database of clang's tooling)
 * read into entries: directory, file, output and the command's words.
 * The JSON itself is read by the engine's pa_json_parse (engine/json.c);
 * pa_cc_parse on a buffer either fills the database or fails with one line.
 */
#ifndef PA_COMPDB_H
#define PA_COMPDB_H

#include <stddef.h>

struct pa_cc_entry {
	char *directory;	/* where the command runs */
	char *file;		/* the source file, as written */
	char *output;		/* "output", or NULL */
	char **argv;		/* "arguments", or "command" split as sh would */
	int argc;
};

struct pa_cc {
	struct pa_cc_entry *e;
	int n;
};

/* Parse text (len bytes, not necessarily NUL-terminated); name is the file
 * name for errors.  Returns 0, or -1 with "NAME:LINE:COL: error: ..." in
 * err and nothing to free. */
int pa_cc_parse(const char *text, size_t len, const char *name, struct pa_cc *cc,
		char *err, size_t errlen);
/* Read and parse a file. */
int pa_cc_load(const char *path, struct pa_cc *cc, char *err, size_t errlen);
void pa_cc_free(struct pa_cc *cc);
/* Split a shell command line into words (quotes and backslashes as sh);
 * returns the number of words, -1 on an unterminated quote. */
int pa_cc_split(const char *cmd, char ***argv);

#endif
