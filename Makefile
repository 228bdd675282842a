# pageaudit: `make` builds the engine and the GCC plugin, `make check` runs
# the engine's unit tests and every front end over testcases/.
CC      ?= gcc
CXX     ?= g++
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -Wno-unused-parameter -fPIC -D_GNU_SOURCE -Iengine
B       := build

GCCPLUGINS_DIR := $(shell $(CXX) -print-file-name=plugin)
PLUGIN_CXXFLAGS := -O2 -g -fPIC -fno-rtti -fno-exceptions -Wall -Wno-unused-parameter -Wno-format-diag \
	-I$(GCCPLUGINS_DIR)/include -Iengine -Iplugin

# the engine library: every engine/*.c but the tools' main files
ENGINE_TOOLS := engine/pa-rules.c engine/pageaudit-merge.c engine/pa-dump.c
ENGINE_SRC := $(filter-out $(ENGINE_TOOLS),$(wildcard engine/*.c))
ENGINE_OBJ := $(patsubst engine/%.c,$(B)/engine/%.o,$(ENGINE_SRC)) $(B)/engine/rules-default.o
DEFAULT_RULES := rules/linux-6.1/rules

all: $(B)/pageaudit.so $(B)/pa-rules $(B)/pageaudit-merge

$(B)/engine/%.o: engine/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

-include $(wildcard $(B)/engine/*.d)

# The default rule set, compiled in as a string.
$(B)/engine/rules-default.c: $(DEFAULT_RULES) Makefile
	@mkdir -p $(dir $@)
	{ echo '/* generated from $< */'; \
	  echo 'const char pa_default_rules_name[] = "$<";'; \
	  echo 'const char pa_default_rules[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

$(B)/engine/rules-default.o: $(B)/engine/rules-default.c
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/libpaengine.a: $(ENGINE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/pageaudit.so: plugin/pageaudit.c plugin/gcc-common.h engine/pageaudit.h $(B)/libpaengine.a
	@test -f $(GCCPLUGINS_DIR)/include/gcc-plugin.h || \
		{ echo "pageaudit: GCC plugin headers not found in $(GCCPLUGINS_DIR) (apt-get install gcc-12-plugin-dev)" >&2; exit 1; }
	$(CXX) $(PLUGIN_CXXFLAGS) -x c++ -shared plugin/pageaudit.c -x none $(B)/libpaengine.a -o $@

# rule-file checker: loads a rule file with the engine's parser
$(B)/pa-rules: engine/pa-rules.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

$(B)/pageaudit-merge: engine/pageaudit-merge.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

$(B)/engine-tests: engine/test/unit-tests.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

# Each check target prints one "N passed, N failed" line into $(B)/results/.
CHECKS := check-engine check-plugin check-plugin-args check-merge check-cross-file check-sarif
-include cocci/cocci.mk

check-engine: $(B)/engine-tests
	@mkdir -p $(B)/results
	$(B)/engine-tests > $(B)/results/engine.txt; s=$$?; cat $(B)/results/engine.txt; exit $$s

check-plugin: $(B)/pageaudit.so
	@mkdir -p $(B)/results
	scripts/run-testcases gcc > $(B)/results/plugin.txt; s=$$?; cat $(B)/results/plugin.txt; exit $$s

check-merge: $(B)/pageaudit.so $(B)/pageaudit-merge
	@mkdir -p $(B)/results
	scripts/run-testcases merge > $(B)/results/merge.txt; s=$$?; cat $(B)/results/merge.txt; exit $$s

check-cross-file: $(B)/pageaudit.so $(B)/pageaudit-merge
	@mkdir -p $(B)/results
	scripts/test-cross-file > $(B)/results/cross-file.txt; s=$$?; cat $(B)/results/cross-file.txt; exit $$s

# SARIF of the Linux 6.1 corpus, with absolute and with SRCROOT-relative paths,
# against the SARIF 2.1.0 schema (scripts/validate-sarif)
check-sarif: $(B)/pageaudit.so $(B)/pageaudit-merge
	@mkdir -p $(B)/results $(B)/sarif-check
	@for c in testcases/linux-6.1/*.c; do \
		gcc -O2 -fplugin=$(B)/pageaudit.so -fplugin-arg-pageaudit-graph -Itestcases/linux-6.1 \
			-c $$c -o $(B)/sarif-check/$$(basename $$c .c).o || exit 1; done
	$(B)/pageaudit-merge -q -S $(B)/sarif-check/abs.sarif $(B)/sarif-check
	$(B)/pageaudit-merge -q -p $(CURDIR)/ -S $(B)/sarif-check/rel.sarif $(B)/sarif-check
	scripts/validate-sarif $(B)/sarif-check/abs.sarif $(B)/sarif-check/rel.sarif > $(B)/sarif-check/out; s=$$?; \
	cat $(B)/sarif-check/out; \
	echo "sarif: $$(grep -c ': 0 schema errors' $(B)/sarif-check/out) passed, $$(grep -vc ': 0 schema errors' $(B)/sarif-check/out) failed" \
		| tee $(B)/results/sarif.txt; exit $$s

check-plugin-args: $(B)/pageaudit.so
	@mkdir -p $(B)/results
	plugin/test-errors > $(B)/results/plugin-args.txt; s=$$?; cat $(B)/results/plugin-args.txt; exit $$s

check:
	@rm -rf $(B)/results
	@status=0; for t in $(CHECKS); do $(MAKE) --no-print-directory $$t || status=1; done; \
	scripts/sum-results $(B)/results; s=$$?; [ $$status = 0 ] && exit $$s || exit 1

clean:
	rm -rf $(B)

.PHONY: all check clean $(CHECKS)
