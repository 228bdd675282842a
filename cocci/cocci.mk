# Coccinelle front end (cocci/README.md).  cocci/*.cocci are generated from
# the rule set by cocci/gen-cocci, which links the engine's rule parser, and
# are committed; check-cocci fails when they are stale.
SPATCH ?= spatch
# one file per rule id, and pageaudit.cocci with the four
COCCI_FILES := missing-accessible accessible-before-mark unchecked-accessible \
	io-after-release pageaudit

$(B)/gen-cocci: cocci/gen-cocci.c engine/pageaudit.h $(B)/libpaengine.a
	$(CC) $(CFLAGS) $< $(B)/libpaengine.a -o $@

# Regenerate the committed semantic patches.
cocci: $(B)/gen-cocci $(DEFAULT_RULES)
	$(B)/gen-cocci $(DEFAULT_RULES) cocci

CHECKS += check-cocci

# Stale files, then report mode against each case's expectations, then
# context, org and patch modes over testcases/linux-6.1 (cocci/check-modes).
check-cocci: $(B)/gen-cocci
	@mkdir -p $(B)/results $(B)/cocci
	@$(B)/gen-cocci $(DEFAULT_RULES) $(B)/cocci
	@stale=; for f in $(COCCI_FILES); do \
		cmp -s $(B)/cocci/$$f.cocci cocci/$$f.cocci || stale="$$stale $$f.cocci"; \
	done; \
	if [ -z "$$stale" ]; then \
		echo "cocci generated files: 1 passed, 0 failed"; \
	else \
		echo "stale:$$stale (regenerate with 'make cocci')"; \
		echo "cocci generated files: 0 passed, 1 failed"; \
	fi | tee $(B)/results/cocci-generated.txt
	SPATCH=$(SPATCH) scripts/run-testcases cocci | tee $(B)/results/cocci.txt
	SPATCH=$(SPATCH) cocci/check-modes | tee $(B)/results/cocci-modes.txt
	@! grep -q ' [1-9][0-9]* failed' $(B)/results/cocci-generated.txt $(B)/results/cocci.txt \
		$(B)/results/cocci-modes.txt

.PHONY: cocci
