// SPDX-License-Identifier: GPL-2.0
/*
 * One fuzzing harness for the engine's readers of outside input:
 *
 *   harness rules      a rule file          (pa_rules_parse)
 *   harness graph      a graph file         (pa_unit_read_graph_mem, then the analysis)
 *   harness object     an object or archive (the same entry: ELF and ar readers)
 *   harness summaries  a summary database   (pa_unit_read_summaries)
 *   harness compdb     a compile_commands.json (pa_cc_parse, the libclang
 *                      front end's reader, on the engine's JSON parser)
 *
 * Built with afl-cc it runs in AFL++'s persistent mode on shared-memory
 * input (make fuzz); built with cc it reads the files named after the mode,
 * which is how make check replays the inputs kept in fuzz/regress/MODE/.
 * Bad input must give an error and no crash: the exit status is 0 either way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "pageaudit.h"
#include "compdb.h"

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

static struct pa_rules *rules;
static char tmp_path[] = "/tmp/pa-fuzz-XXXXXX";
static int tmp_fd = -1;

static void run(const char *mode, const unsigned char *buf, size_t len)
{
	char err[1024];

	if (!strcmp(mode, "rules")) {
		char *text = malloc(len + 1);

		memcpy(text, buf, len);
		text[len] = 0;
		pa_rules_free(pa_rules_parse(text, "fuzz.rules", err, sizeof(err)));
		free(text);
	} else if (!strcmp(mode, "graph") || !strcmp(mode, "object")) {
		struct pa_unit *u = pa_unit_new(rules);

		/* a graph that reads must also analyze */
		if (!pa_unit_read_graph_mem(u, "fuzz.o", buf, len, err, sizeof(err)))
			pa_unit_analyze(u);
		pa_unit_free(u);
	} else if (!strcmp(mode, "compdb")) {
		struct pa_cc cc;

		if (!pa_cc_parse((const char *)buf, len, "compile_commands.json", &cc, err,
				 sizeof(err)))
			pa_cc_free(&cc);
	} else {
		/* the summary reader takes a path */
		struct pa_unit *u = pa_unit_new(rules);

		if (ftruncate(tmp_fd, 0) || pwrite(tmp_fd, buf, len, 0) != (ssize_t)len) {
			perror("harness: temporary file");
			exit(2);
		}
		pa_unit_read_summaries(u, tmp_path, err, sizeof(err));
		pa_unit_free(u);
	}
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	char err[1024];

	if (strcmp(mode, "rules") && strcmp(mode, "graph") && strcmp(mode, "object") &&
	    strcmp(mode, "summaries") && strcmp(mode, "compdb")) {
		fprintf(stderr, "usage: harness rules|graph|object|summaries|compdb [FILE...]\n");
		return 2;
	}
	rules = pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	tmp_fd = mkstemp(tmp_path);
	if (!rules || tmp_fd < 0) {
		fprintf(stderr, "harness: %s\n", rules ? "no temporary file" : err);
		return 2;
	}
#ifdef __AFL_FUZZ_TESTCASE_LEN
	__AFL_INIT();
	unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;

	while (__AFL_LOOP(10000))
		run(mode, buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
#else
	for (int i = 2; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		unsigned char *buf = NULL;
		size_t len = 0, cap = 0, n;

		if (!fp) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (len == cap)
				buf = realloc(buf, cap = cap ? cap * 2 : 4096);
			n = fread(buf + len, 1, cap - len, fp);
			len += n;
		} while (n);
		fclose(fp);
		run(mode, buf, len);
		free(buf);
	}
#endif
	unlink(tmp_path);
	pa_rules_free(rules);
	return 0;
}
