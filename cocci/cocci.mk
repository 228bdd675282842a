# Coccinelle front end (cocci/README.md).  cocci/SET/*.cocci (one file per
# rule id, and pageaudit.cocci with all of them) are generated from the rule
# set rules/SET/rules by cocci/gen-cocci, which links the engine's rule
# parser and rule-id table, with the Python library cocci/lib/pageaudit.py
# copied into each file; they are committed, and check-cocci fails when
# they are stale.
SPATCH ?= spatch
# the committed rule sets: every rules/SET/rules
COCCI_SETS := $(patsubst rules/%/rules,%,$(wildcard rules/*/rules))
# the Python every generated file runs (not a rule set: cocci/lib/ is no SET)
COCCI_LIB := cocci/lib/pageaudit.py
GEN_COCCI = $(B)/gen-cocci -l $(COCCI_LIB)

$(B)/gen-cocci: cocci/gen-cocci.c engine/pageaudit.h engine/internal.h engine/rule-ids.def \
		$(B)/libpaengine.a
	$(CC) $(CFLAGS) $(abspath $<) $(B)/libpaengine.a -o $@

# Regenerate the committed semantic patches of every rule set (a rule id
# the set cannot express leaves no file behind).
cocci: $(B)/gen-cocci
	@for s in $(COCCI_SETS); do \
		mkdir -p cocci/$$s && rm -f cocci/$$s/*.cocci || exit 1; \
		echo "$(GEN_COCCI) rules/$$s/rules cocci/$$s"; \
		$(GEN_COCCI) rules/$$s/rules cocci/$$s || exit 1; \
	done

CHECKS += check-cocci

# Stale files (per rule set: cocci/SET is what gen-cocci makes of
# rules/SET/rules and the library, no more, no less); the semantic patches
# of the testcase directories that have their own rule set
# (testcases/engine/test.rules), generated where scripts/run-testcases
# --ruleset says, not committed; then report mode against each case's
# expectations, then context, org and patch modes (cocci/check-modes), then
# a rule set with the format 2 roles and conditions the semantic patches do
# not express (cocci/check-format2).
check-cocci: $(B)/gen-cocci
	@mkdir -p $(B)/results $(B)/cocci
	@for d in $(sort $(dir $(wildcard testcases/*/*.rules))); do \
		set -- $$(scripts/run-testcases --ruleset $$d) && \
		case $$2 in $(CURDIR)/cocci/*) continue ;; esac && \
		rm -rf $$2 && mkdir -p $$2 && \
		echo "$(GEN_COCCI) $${1#$(CURDIR)/} $${2#$(CURDIR)/}" && \
		$(GEN_COCCI) $${1#$(CURDIR)/} $$2 || exit 1; \
	done
	@{ pass=0; fail=0; \
	for s in $(COCCI_SETS); do \
		rm -rf $(B)/cocci/$$s; mkdir -p $(B)/cocci/$$s; \
		if ! $(GEN_COCCI) rules/$$s/rules $(B)/cocci/$$s; then \
			fail=$$((fail + 1)); \
		elif diff -rq $(B)/cocci/$$s cocci/$$s > $(B)/cocci/$$s.diff 2>&1; then \
			pass=$$((pass + 1)); \
		else \
			fail=$$((fail + 1)); \
			echo "stale: cocci/$$s (regenerate with 'make cocci'):"; \
			sed 's/^/    /' $(B)/cocci/$$s.diff; \
		fi; \
	done; \
	for d in cocci/*/; do \
		s=$$(basename $$d); \
		[ "$$d" = $(dir $(COCCI_LIB)) ] && continue; \
		[ -f rules/$$s/rules ] || { fail=$$((fail + 1)); echo "stale: $$d has no rules/$$s/rules"; }; \
	done; \
	echo "cocci generated files: $$pass passed, $$fail failed"; } | tee $(B)/results/cocci-generated.txt
	SPATCH=$(SPATCH) scripts/run-testcases cocci | tee $(B)/results/cocci.txt
	SPATCH=$(SPATCH) cocci/check-modes | tee $(B)/results/cocci-modes.txt
	SPATCH=$(SPATCH) cocci/check-format2 $(B)/gen-cocci | tee $(B)/results/cocci-format2.txt
	@! grep -q ' [1-9][0-9]* failed' $(B)/results/cocci-generated.txt $(B)/results/cocci.txt \
		$(B)/results/cocci-modes.txt $(B)/results/cocci-format2.txt

.PHONY: cocci
