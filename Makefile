# pageaudit: `make` builds the engine and the GCC plugin, `make check` runs
# the engine's unit tests and every front end over testcases/.
CC      ?= gcc
CXX     ?= g++
B       := build

# The version stamped into the engine and the plugin: git describe in a
# checkout, else the VERSION file, else 0.2.  Computed once, sub-makes inherit it.
ifndef PAGEAUDIT_VERSION
PAGEAUDIT_VERSION := $(shell { test -e .git && git describe --always --dirty 2>/dev/null; } || \
	cat VERSION 2>/dev/null || echo 0.2)
endif
export PAGEAUDIT_VERSION

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -Wno-unused-parameter -fPIC -D_GNU_SOURCE -Iengine \
	-DPAGEAUDIT_VERSION=\"$(PAGEAUDIT_VERSION)\"

# The plugin is host code for a target GCC, as in Linux's scripts/gcc-plugins:
# the host $(CXX) compiles it against the plugin headers of PLUGIN_CC, the GCC
# that will load it.  $(B)/pageaudit.so is always the host gcc's; a plugin for
# another GCC goes to $(B)/plugin-TRIPLET-VERSION/, e.g.
#   make PLUGIN_CC=s390x-linux-gnu-gcc-12  ->  $(B)/plugin-s390x-linux-gnu-12.2.0/pageaudit.so
HOST_GCC  := gcc
PLUGIN_CC ?= $(HOST_GCC)
gcc_plugin_dir = $(shell $(1) -print-file-name=plugin 2>/dev/null)
gcc_triplet = $(shell $(1) -dumpmachine 2>/dev/null)
HOST_PLUGIN_DIR := $(call gcc_plugin_dir,$(HOST_GCC))
PLUGIN_DIR := $(call gcc_plugin_dir,$(PLUGIN_CC))
ifeq ($(PLUGIN_DIR),$(HOST_PLUGIN_DIR))
PLUGIN_SO := $(B)/pageaudit.so
else
PLUGIN_SO := $(B)/plugin-$(call gcc_triplet,$(PLUGIN_CC))-$(shell $(PLUGIN_CC) -dumpfullversion 2>/dev/null)/pageaudit.so
endif
# Debian's package of GCC $(1)'s plugin headers: gcc-12-plugin-dev, or
# gcc-12-plugin-dev-s390x-linux-gnu for a cross compiler
gcc_plugin_pkg = gcc-$(firstword $(subst ., ,$(shell $(1) -dumpversion 2>/dev/null)))-plugin-dev$(if \
	$(filter $(call gcc_triplet,$(HOST_GCC)),$(call gcc_triplet,$(1))),,-$(call gcc_triplet,$(1)))

PLUGIN_CXXFLAGS := -O2 -g -fPIC -fno-rtti -fno-exceptions -Wall -Wno-unused-parameter -Wno-format-diag \
	-Iengine -Iplugin -DPAGEAUDIT_VERSION=\"$(PAGEAUDIT_VERSION)\"

# the engine library: every engine/*.c but the tools' main files
ENGINE_TOOLS := engine/pa-rules.c engine/pageaudit-merge.c engine/pa-dump.c engine/pageaudit-diff.c
ENGINE_SRC := $(filter-out $(ENGINE_TOOLS),$(wildcard engine/*.c))
ENGINE_OBJ := $(patsubst engine/%.c,$(B)/engine/%.o,$(ENGINE_SRC)) $(B)/engine/rules-default.o
DEFAULT_RULES := rules/linux-6.1/rules

all: $(PLUGIN_SO) $(B)/pa-rules $(B)/pageaudit-merge $(B)/pa-dump $(B)/pageaudit-diff $(B)/pageaudit-clang $(B)/pageaudit-sparse

plugin: $(PLUGIN_SO) $(PLUGIN_SO:.so=.stamp)

# where PLUGIN_CC's plugin is built, for scripts/pageaudit-kernel -a
plugin-path:
	@echo $(PLUGIN_SO)

# Rewritten only when the version changes, so that a new version rebuilds
# the objects once (git's GIT-VERSION-FILE does the same).
$(B)/version: FORCE
	@mkdir -p $(B)
	@echo '$(PAGEAUDIT_VERSION)' | cmp -s - $@ || echo '$(PAGEAUDIT_VERSION)' > $@

$(B)/engine/%.o: engine/%.c $(B)/version
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

$(B)/engine/rules-default.o: $(B)/engine/rules-default.c $(B)/version
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/libpaengine.a: $(ENGINE_OBJ)
	rm -f $@
	ar rcs $@ $^

# The host plugin and the PLUGIN_CC one (the same file when PLUGIN_CC is the
# host gcc); the headers they include are in their .d files.
$(B)/pageaudit.so: private PLUGIN_GCC := $(HOST_GCC)
$(B)/pageaudit.so: private GCCPLUGINS_DIR := $(HOST_PLUGIN_DIR)
$(PLUGIN_SO): private PLUGIN_GCC := $(PLUGIN_CC)
$(PLUGIN_SO): private GCCPLUGINS_DIR := $(PLUGIN_DIR)
$(sort $(B)/pageaudit.so $(PLUGIN_SO)): plugin/pageaudit.c $(B)/libpaengine.a $(B)/version
	@command -v $(PLUGIN_GCC) >/dev/null || { echo "pageaudit: $(PLUGIN_GCC), the GCC to build the plugin for, not found" >&2; exit 1; }
	@test -f $(GCCPLUGINS_DIR)/include/gcc-plugin.h || \
		{ echo "pageaudit: GCC plugin headers of $(PLUGIN_GCC) not found in $(GCCPLUGINS_DIR) (apt-get install $(call gcc_plugin_pkg,$(PLUGIN_GCC)))" >&2; exit 1; }
	@mkdir -p $(dir $@)
	$(CXX) $(PLUGIN_CXXFLAGS) -I$(GCCPLUGINS_DIR)/include -MMD -MP -MF $(@:.so=.d) -MT $@ \
		-x c++ -shared $< -x none $(B)/libpaengine.a -Wl,--exclude-libs,ALL -o $@

-include $(wildcard $(B)/pageaudit.d $(B)/plugin-*/pageaudit.d)

# PLUGIN.stamp beside each plugin: a checksum of what makes its graphs (its
# sources, the engine, the GCC it is for), not of its version string, so that
# scripts/pageaudit-kernel rebuilds a tree's objects when the plugin really
# changed and not after a commit that touched only docs
PLUGIN_STAMP_SRC := plugin/pageaudit.c $(wildcard plugin/*.h) $(ENGINE_SRC) $(wildcard engine/*.h engine/*.def) \
	$(DEFAULT_RULES)
$(sort $(B)/pageaudit.stamp $(PLUGIN_SO:.so=.stamp)): %.stamp: %.so
	@{ $(PLUGIN_GCC) -dumpfullversion; cat $(PLUGIN_STAMP_SRC); } | cksum | cut -d' ' -f1 > $@
$(B)/pageaudit.stamp: private PLUGIN_GCC := $(HOST_GCC)
$(PLUGIN_SO:.so=.stamp): private PLUGIN_GCC := $(PLUGIN_CC)

# rule-file checker: loads a rule file with the engine's parser
$(B)/pa-rules: engine/pa-rules.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

$(B)/pa-dump: engine/pa-dump.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

$(B)/pageaudit-merge: engine/pageaudit-merge.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

# compares two findings files: what a patch series made new or fixed (the CI gate)
$(B)/pageaudit-diff: engine/pageaudit-diff.c $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

# the libclang front end (libclang-19-dev: the stable C API of LLVM 19)
LLVM_DIR := /usr/lib/llvm-19
$(B)/pageaudit-clang: clang/pageaudit-clang.c clang/compdb.c clang/compdb.h $(B)/libpaengine.a
	@test -f $(LLVM_DIR)/include/clang-c/Index.h || \
		{ echo "pageaudit: libclang 19 not found in $(LLVM_DIR) (apt-get install libclang-19-dev)" >&2; exit 1; }
	$(CC) $(CFLAGS) -Iclang -I$(LLVM_DIR)/include clang/pageaudit-clang.c clang/compdb.c \
		$(B)/libpaengine.a -L$(LLVM_DIR)/lib -Wl,-rpath,$(LLVM_DIR)/lib -lclang -lpthread -o $@

# The sparse front end links sparse's library, from Debian's sparse source
# package: sparse/get-sparse fetches it with apt into $(B)/sparse-src and
# builds libsparse.a and the plain sparse binary (bench/ compares with it).
SPARSE_DIR := $(B)/sparse-src/sparse
$(SPARSE_DIR)/libsparse.a:
	sparse/get-sparse $(B)/sparse-src

$(B)/pageaudit-sparse: sparse/pageaudit-sparse.c $(SPARSE_DIR)/libsparse.a $(B)/libpaengine.a
	$(CC) $(filter-out -std=c11,$(CFLAGS)) -std=gnu11 -Wno-sign-compare -I$(SPARSE_DIR) -MMD -MP \
		$< $(SPARSE_DIR)/libsparse.a $(B)/libpaengine.a -o $@

-include $(B)/pageaudit-sparse.d

$(B)/engine-tests: engine/test/unit-tests.c engine/test/test-util.h $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

$(B)/builder-tests: engine/test/builder-tests.c engine/test/test-util.h $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

# Each check target prints its "N passed, N failed" line into $(B)/results/
# (check-engine: one per test binary; scripts/sum-results adds them up).
CHECKS := check-engine check-plugin check-plugin-args check-plugin-cross check-merge check-dumps check-cross-file check-sarif
CHECKS += check-objects
CHECKS += check-gate
CHECKS += check-kernel-args
CHECKS += check-completeness
CHECKS += check-fuzz-regress
CHECKS += check-clang
CHECKS += check-sparse
-include cocci/cocci.mk

check-engine: $(B)/engine-tests $(B)/builder-tests
	@mkdir -p $(B)/results
	{ $(B)/engine-tests; a=$$?; $(B)/builder-tests; b=$$?; [ $$a = 0 ] && [ $$b = 0 ]; } \
		> $(B)/results/engine.txt; s=$$?; cat $(B)/results/engine.txt; exit $$s

check-plugin: $(B)/pageaudit.so
	@mkdir -p $(B)/results
	scripts/run-testcases gcc > $(B)/results/plugin.txt; s=$$?; cat $(B)/results/plugin.txt; exit $$s

check-merge: $(B)/pageaudit.so $(B)/pageaudit-merge
	@mkdir -p $(B)/results
	scripts/run-testcases merge > $(B)/results/merge.txt; s=$$?; cat $(B)/results/merge.txt; exit $$s

# graphs inside objects: the testcases merged from their .o, an archive and
# a thin archive; ELF classes and byte orders; linker scripts that discard
check-objects: $(B)/pageaudit.so $(B)/pageaudit-merge
	@mkdir -p $(B)/results
	scripts/run-testcases merge-object > $(B)/results/merge-object.txt; s=$$?; cat $(B)/results/merge-object.txt; \
	scripts/test-objects > $(B)/results/objects.txt; t=$$?; cat $(B)/results/objects.txt; [ $$s = 0 ] && [ $$t = 0 ]

# golden pa-dump event dumps (testcases/*/*.dump): what each compiler front
# end lowers must stay the same (UPDATE_DUMPS=1 scripts/run-testcases
# dump-gcc CASE.c rewrites one on purpose)
check-dumps: $(B)/pageaudit.so $(B)/pa-dump
	@mkdir -p $(B)/results
	scripts/run-testcases dump-gcc > $(B)/results/dumps-gcc.txt; s=$$?; cat $(B)/results/dumps-gcc.txt; exit $$s

# the corpus through libclang (build/pageaudit-clang), its lowered events
# against the golden dumps (scripts/run-testcases: events), its bad input
check-clang: $(B)/pageaudit-clang $(B)/pa-dump
	@mkdir -p $(B)/results
	scripts/run-testcases clang > $(B)/results/clang.txt; s=$$?; cat $(B)/results/clang.txt; \
	scripts/run-testcases dump-clang > $(B)/results/dumps-clang.txt; t=$$?; \
	cat $(B)/results/dumps-clang.txt; \
	clang/test-errors > $(B)/results/clang-args.txt; u=$$?; cat $(B)/results/clang-args.txt; \
	[ $$s = 0 ] && [ $$t = 0 ] && [ $$u = 0 ]

# the sparse front end over the corpus (findings), and its lowered events
# against the golden dumps (scripts/run-testcases dump-sparse)
check-sparse: $(B)/pageaudit-sparse $(B)/pa-dump
	@mkdir -p $(B)/results
	scripts/run-testcases sparse > $(B)/results/sparse.txt; a=$$?; cat $(B)/results/sparse.txt; \
	scripts/run-testcases dump-sparse > $(B)/results/dumps-sparse.txt; b=$$?; cat $(B)/results/dumps-sparse.txt; \
	sparse/test-errors > $(B)/results/sparse-args.txt; c=$$?; cat $(B)/results/sparse-args.txt; \
	[ $$a = 0 ] && [ $$b = 0 ] && [ $$c = 0 ]

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

# the CI gate on a git tree made from Linux 6.1 (scripts/test-gate): fixed,
# new through a wrapper, line shifts, suppressions, a series; its HTML report
# checked in headless Chromium (screenshot: $(B)/gate-check/gate.png)
# (+: the gate runs make, which must share this make's jobserver under make -j)
check-gate: $(B)/pageaudit.so $(B)/pageaudit-merge $(B)/pageaudit-diff $(B)/pa-rules
	@mkdir -p $(B)/results
	+B=$(abspath $(B)) scripts/test-gate > $(B)/results/gate.txt; s=$$?; cat $(B)/results/gate.txt; exit $$s

# scripts/pageaudit-kernel's argument errors and which summary database it
# applies (scripts/test-kernel-args, on a stand-in tree: no kernel is built)
check-kernel-args: $(B)/pageaudit.so $(B)/pageaudit-merge $(B)/pa-rules
	@mkdir -p $(B)/results
	+scripts/test-kernel-args > $(B)/results/kernel-args.txt; s=$$?; cat $(B)/results/kernel-args.txt; exit $$s

# every testcase directory of a kernel rule set: the functions of its
# kernel.h that store a page into a bio_vec, scatterlist, skb fragment or
# pipe buffer, map one for DMA or raise a page's count are all rules
# (scripts/check-completeness, which also runs on a kernel tree)
check-completeness: $(B)/pa-rules
	@mkdir -p $(B)/results
	@pass=0; fail=0; for h in $(wildcard testcases/*/kernel.h); do \
		s=$$(basename $$(dirname $$h)); [ -f rules/$$s/rules ] || continue; \
		echo "scripts/check-completeness -r rules/$$s/rules $$h"; \
		if scripts/check-completeness -r rules/$$s/rules $$h; then pass=$$((pass + 1)); \
		else fail=$$((fail + 1)); fi; \
	done > $(B)/results/completeness.log; \
	echo "completeness of the testcase headers: $$pass passed, $$fail failed" > $(B)/results/completeness.txt; \
	cat $(B)/results/completeness.log $(B)/results/completeness.txt; [ $$fail = 0 ]

check-plugin-args: $(B)/pageaudit.so
	@mkdir -p $(B)/results
	plugin/test-errors > $(B)/results/plugin-args.txt; s=$$?; cat $(B)/results/plugin-args.txt; exit $$s

# The plugin built for Debian's s390x cross GCC and run by it over the
# testcases at -O2.  A missing compiler is a failure: scripts/setup installs it.
CROSS_CC := s390x-linux-gnu-gcc-12
check-plugin-cross:
	@mkdir -p $(B)/results
	@command -v $(CROSS_CC) >/dev/null || { echo "gcc-s390x testcases: 0 passed, 1 failed ($(CROSS_CC) not found: run scripts/setup)" | \
		tee $(B)/results/plugin-cross.txt; exit 1; }
	@# the run overwrites this line; it stays if the plugin does not build
	@echo "gcc-s390x testcases: 0 passed, 1 failed (the plugin did not build)" > $(B)/results/plugin-cross.txt
	@$(MAKE) --no-print-directory PLUGIN_CC=$(CROSS_CC) run-plugin-cross

# (check-plugin-cross's second half, with PLUGIN_CC set)
run-plugin-cross: $(PLUGIN_SO)
	PLUGIN_CC=$(PLUGIN_CC) PLUGIN=$(abspath $(PLUGIN_SO)) scripts/run-testcases gcc-s390x > $(B)/results/plugin-cross.txt; \
		s=$$?; cat $(B)/results/plugin-cross.txt; exit $$s

# Fuzzing with AFL++ (fuzz/README.md): the harness over the engine's sources,
# instrumented by afl-cc; make fuzz runs each reader FUZZ_TIME seconds.  The
# replay build (ASan, UBSan) runs the inputs kept in fuzz/regress/ in make check.
FUZZ_TIME ?= 60
FUZZ_SRC := fuzz/harness.c $(ENGINE_SRC) $(B)/engine/rules-default.c clang/compdb.c
FUZZ_CFLAGS := -O2 -g -std=c11 -D_GNU_SOURCE -Iengine -Iclang -DPAGEAUDIT_VERSION=\"$(PAGEAUDIT_VERSION)\"

$(B)/fuzz/harness: $(FUZZ_SRC) $(wildcard engine/*.h)
	@mkdir -p $(dir $@)
	AFL_QUIET=1 afl-cc $(FUZZ_CFLAGS) $(FUZZ_SRC) -o $@

$(B)/fuzz/replay: $(FUZZ_SRC) $(wildcard engine/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(FUZZ_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all $(FUZZ_SRC) -o $@

fuzz: $(B)/fuzz/harness
	FUZZ_TIME=$(FUZZ_TIME) fuzz/run $(B)/fuzz

check-fuzz-regress: $(B)/fuzz/replay
	@mkdir -p $(B)/results
	fuzz/replay $(B)/fuzz/replay > $(B)/results/fuzz-regress.txt; s=$$?; cat $(B)/results/fuzz-regress.txt; exit $$s

check:
	@rm -rf $(B)/results
	@status=0; for t in $(CHECKS); do $(MAKE) --no-print-directory $$t || status=1; done; \
	scripts/sum-results $(B)/results; s=$$?; [ $$status = 0 ] && exit $$s || exit 1

clean:
	rm -rf $(B)

FORCE:

.PHONY: all plugin plugin-path check clean run-plugin-cross fuzz FORCE $(CHECKS)
