// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit GCC plugin: lowers each function's GIMPLE, before inlining, to
 * the engine's graph of calls, stores, branches and returns, and at the end
 * of the unit reports the findings of the engine as GCC warnings.
 *
 * Arguments (-fplugin-arg-pageaudit-KEY[=VALUE]):
 *   rules=FILE   rule set to use instead of the built-in Linux 6.1 one
 *   json=FILE    append findings to FILE as JSON Lines (one write per line,
 *                O_APPEND: safe under make -j)
 *   werror       report findings as errors
 *   graph        write the unit's lowered functions beside the object file
 *                (OBJ.pa, from -dumpdir/-dumpbase) for pageaudit-merge
 *   summaries=DB apply a summary database (from pageaudit-merge) at calls
 *                to functions of other files
 *   disable      do nothing
 *   verbose      print what was analyzed per unit on stderr
 *
 * Use:   gcc -O2 -fplugin=./build/pageaudit.so -c t.c
 * Debug: gcc -fplugin=./build/pageaudit.so -fplugin-arg-pageaudit-verbose \
 *            -fdump-tree-ssa -c t.c   (the pass runs right after "ssa":
 *        t.c.*t.ssa is the GIMPLE it lowers); -fplugin-arg-pageaudit-graph
 *        writes what it lowered (t.pa); gdb on cc1 (gcc -v shows its command).
 */
#include "gcc-common.h"
#include <fcntl.h>
#include <unistd.h>

extern "C" {
#include "pageaudit.h"
}

__visible int plugin_is_GPL_compatible;

static struct plugin_info pageaudit_plugin_info = {
	"0.1",
	"pageaudit: check the s390 pending-I/O protocol (mark, make accessible, I/O)\n"
	"  -fplugin-arg-pageaudit-rules=FILE  rule set (default: built-in Linux 6.1)\n"
	"  -fplugin-arg-pageaudit-json=FILE   append findings as JSON Lines\n"
	"  -fplugin-arg-pageaudit-werror      findings are errors\n"
	"  -fplugin-arg-pageaudit-graph       write OBJ.pa for pageaudit-merge\n"
	"  -fplugin-arg-pageaudit-summaries=DB  apply a summary database\n"
	"  -fplugin-arg-pageaudit-disable     do nothing\n"
	"  -fplugin-arg-pageaudit-verbose     print analysis statistics\n"
};

static struct pa_rules *rules;
static struct pa_unit *unit;
static int json_fd = -1;
static bool werror, verbose, graph;

/* Functions larger than this are skipped, so a build never slows down. */
#define MAX_BLOCKS 20000

/* ---- locations ------------------------------------------------------------ */

static struct pa_loc make_loc(location_t loc)
{
	struct pa_loc l = { NULL, 0, 0, 0 };
	expanded_location x;

	if (loc == UNKNOWN_LOCATION)
		return l;
	/* a call inside a macro is reported where the macro is used */
	loc = linemap_resolve_location(line_table, loc, LRK_MACRO_EXPANSION_POINT, NULL);
	x = expand_location(loc);
	l.file = x.file;
	l.line = x.line;
	l.col = x.column;
	l.fe = (uint64_t)loc;
	return l;
}

static struct pa_loc stmt_loc(gimple *stmt)
{
	location_t loc = gimple_location(stmt);

	if (loc == UNKNOWN_LOCATION)
		loc = DECL_SOURCE_LOCATION(current_function_decl);
	return make_loc(loc);
}

/* ---- objects and values ------------------------------------------------------- */

static int param_index(tree parm)
{
	int i = 1;

	for (tree a = DECL_ARGUMENTS(current_function_decl); a; a = DECL_CHAIN(a), i++)
		if (a == parm)
			return i;
	return 0;
}

static int decl_node(struct pa_func *f, tree decl)
{
	char key[32];
	const char *name = NULL;

	if (DECL_NAME(decl) && !DECL_ARTIFICIAL(decl))
		name = IDENTIFIER_POINTER(DECL_NAME(decl));
	snprintf(key, sizeof(key), "d%u", DECL_UID(decl));
	return pa_node_root(f, key, name,
			    TREE_CODE(decl) == PARM_DECL ? param_index(decl) : 0);
}

/* The struct a member belongs to, seen through anonymous unions and
 * structs: &folio->page is a member of struct folio. */
static const char *struct_tag(tree base)
{
	for (;;) {
		tree type = TYPE_MAIN_VARIANT(TREE_TYPE(base));
		tree name = TYPE_NAME(type);

		if (name && TREE_CODE(name) == TYPE_DECL)
			name = DECL_NAME(name);
		if (name && TREE_CODE(name) == IDENTIFIER_NODE)
			return IDENTIFIER_POINTER(name);
		if (TREE_CODE(base) != COMPONENT_REF ||
		    DECL_NAME(TREE_OPERAND(base, 1)))
			return NULL;
		base = TREE_OPERAND(base, 0);
	}
}

static int node_of(struct pa_func *f, tree t)
{
	char key[32];

	if (!t)
		return -1;
	switch (TREE_CODE(t)) {
	case SSA_NAME: {
		tree var = SSA_NAME_VAR(t);

		if (var && (TREE_CODE(var) == VAR_DECL || TREE_CODE(var) == PARM_DECL ||
			    TREE_CODE(var) == RESULT_DECL))
			return decl_node(f, var);
		snprintf(key, sizeof(key), "s%u", SSA_NAME_VERSION(t));
		return pa_node_root(f, key, NULL, 0);
	}
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
		return decl_node(f, t);
	case COMPONENT_REF: {
		tree base = TREE_OPERAND(t, 0), field = TREE_OPERAND(t, 1);

		if (!DECL_NAME(field))	/* anonymous member: see through it */
			return node_of(f, base);
		return pa_node_field(f, node_of(f, base), struct_tag(base),
				     IDENTIFIER_POINTER(DECL_NAME(field)));
	}
	case MEM_REF:
		return pa_node_elem(f, node_of(f, TREE_OPERAND(t, 0)));
	case TARGET_MEM_REF:
		return pa_node_elem(f, node_of(f, TMR_BASE(t)));
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
		return pa_node_elem(f, node_of(f, TREE_OPERAND(t, 0)));
	case ADDR_EXPR: {
		tree x = TREE_OPERAND(t, 0);

		/* an array decays to its elements' pointer */
		if (TREE_CODE(TREE_TYPE(x)) == ARRAY_TYPE)
			return node_of(f, x);
		return pa_node_addr(f, node_of(f, x));
	}
	case NOP_EXPR:
	case CONVERT_EXPR:
	case VIEW_CONVERT_EXPR:
		return node_of(f, TREE_OPERAND(t, 0));
	default:
		return -1;
	}
}

static int value_of(tree t)
{
	return t && TREE_CODE(t) == SSA_NAME ? (int)SSA_NAME_VERSION(t) : -1;
}

static struct pa_opnd opnd_of(struct pa_func *f, tree t)
{
	struct pa_opnd o = { -1, -1, 0, 0 };

	if (!t)
		return o;
	if (TREE_CODE(t) == INTEGER_CST) {
		o.is_cst = 1;
		o.cst = tree_fits_shwi_p(t) ? tree_to_shwi(t) : (tree_int_cst_sgn(t) < 0 ? -2 : 2);
		return o;
	}
	o.node = node_of(f, t);
	o.value = value_of(t);
	return o;
}

/* (lhs CODE rhs) as (value OP k); false if not expressible. */
static bool cmp_of(tree_code code, tree lhs, tree rhs, int *value, enum pa_cmp *op, long *k)
{
	bool uns;

	if (TREE_CODE(lhs) == INTEGER_CST && TREE_CODE(rhs) == SSA_NAME) {
		std::swap(lhs, rhs);
		code = swap_tree_comparison(code);
	}
	if (TREE_CODE(lhs) != SSA_NAME || TREE_CODE(rhs) != INTEGER_CST ||
	    !tree_fits_shwi_p(rhs))
		return false;
	*value = value_of(lhs);
	*k = tree_to_shwi(rhs);
	uns = TYPE_UNSIGNED(TREE_TYPE(lhs)) || POINTER_TYPE_P(TREE_TYPE(lhs));
	switch (code) {
	case EQ_EXPR: *op = PA_EQ; return true;
	case NE_EXPR: *op = PA_NE; return true;
	case GT_EXPR: *op = uns && *k == 0 ? PA_NE : PA_GT; return !uns || *k == 0;
	case LE_EXPR: *op = uns && *k == 0 ? PA_EQ : PA_LE; return !uns || *k == 0;
	case LT_EXPR: *op = PA_LT; return !uns;
	case GE_EXPR: *op = PA_GE; return !uns;
	default: return false;
	}
}

static bool is_boolean(tree t)
{
	return TREE_CODE(TREE_TYPE(t)) == BOOLEAN_TYPE ||
	       (INTEGRAL_TYPE_P(TREE_TYPE(t)) && TYPE_PRECISION(TREE_TYPE(t)) == 1);
}

/* Is t a global variable's value (vmemmap_base, a memory map base)? */
static bool from_global(tree t)
{
	for (int depth = 0; depth < 4 && t; depth++) {
		gimple *def;

		if (TREE_CODE(t) == VAR_DECL)
			return is_global_var(t);
		if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
			return false;
		def = SSA_NAME_DEF_STMT(t);
		if (!is_gimple_assign(def))
			return false;
		if (!gimple_assign_single_p(def) &&
		    !CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)))
			return false;
		t = gimple_assign_rhs1(def);
	}
	return false;
}

/* ---- statements ---------------------------------------------------------------- */

static void lower_assign(struct pa_func *f, int b, gassign *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs1 = gimple_assign_rhs1(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	int lv = value_of(lhs);
	int value;
	enum pa_cmp op;
	long k;

	if (gimple_assign_single_p(stmt) || CONVERT_EXPR_CODE_P(code) ||
	    code == VIEW_CONVERT_EXPR) {
		int src = node_of(f, rhs1);

		if (TREE_CODE(lhs) == SSA_NAME) {
			pa_node_same(f, node_of(f, lhs), src);
			if (TREE_CODE(rhs1) == SSA_NAME)
				pa_value_copy(f, lv, value_of(rhs1));
			else if (TREE_CODE(rhs1) == INTEGER_CST && tree_fits_shwi_p(rhs1))
				pa_value_const(f, lv, tree_to_shwi(rhs1));
			else if (src >= 0 && gimple_assign_single_p(stmt) &&
				 TREE_CODE(rhs1) != ADDR_EXPR)
				pa_load(f, b, lv, src);		/* x = *p, x = var */
			else
				pa_def(f, b, lv);
		} else if (src >= 0) {
			pa_store(f, b, stmt_loc(stmt), node_of(f, lhs), opnd_of(f, rhs1));
		} else if (TREE_CODE(rhs1) == INTEGER_CST && tree_fits_shwi_p(rhs1) &&
			   INTEGRAL_TYPE_P(TREE_TYPE(rhs1))) {
			/* *allocated = true: a flag an out-parameter carries */
			pa_store_const(f, b, stmt_loc(stmt), node_of(f, lhs), tree_to_shwi(rhs1));
		}
		return;
	}
	switch (code) {
	case POINTER_PLUS_EXPR:
	case PLUS_EXPR:
	case MINUS_EXPR:
	case BIT_AND_EXPR:
	case BIT_IOR_EXPR:
	case RSHIFT_EXPR:
	case LSHIFT_EXPR:
	case MULT_EXPR:
	case TRUNC_DIV_EXPR: {
		/* pointer arithmetic and a page's address as an integer keep the
		 * page; base + pfn (pfn_to_page: vmemmap_base + pfn * 64) is the
		 * pfn's page, not the global base's */
		tree rhs2 = gimple_assign_rhs2(stmt);

		if (from_global(rhs1) && code != MINUS_EXPR)
			pa_node_same(f, node_of(f, lhs), node_of(f, rhs2));
		else if (from_global(rhs2) && code != MINUS_EXPR)
			pa_node_same(f, node_of(f, lhs), node_of(f, rhs1));
		else if (TREE_CODE(rhs2) == INTEGER_CST || code == POINTER_PLUS_EXPR)
			pa_node_same(f, node_of(f, lhs), node_of(f, rhs1));
		pa_def(f, b, lv);
		return;
	}
	case TRUTH_NOT_EXPR:
		pa_value_cmp(f, lv, value_of(rhs1), PA_EQ, 0);
		return;
	case BIT_NOT_EXPR:
		if (is_boolean(rhs1))
			pa_value_cmp(f, lv, value_of(rhs1), PA_EQ, 0);
		else
			pa_def(f, b, lv);
		return;
	case BIT_XOR_EXPR:
		if (is_boolean(rhs1) && integer_onep(gimple_assign_rhs2(stmt)))
			pa_value_cmp(f, lv, value_of(rhs1), PA_EQ, 0);
		else
			pa_def(f, b, lv);
		return;
	default:
		if (TREE_CODE_CLASS(code) == tcc_comparison &&
		    cmp_of(code, rhs1, gimple_assign_rhs2(stmt), &value, &op, &k)) {
			pa_value_cmp(f, lv, value, op, k);
			return;
		}
		pa_def(f, b, lv);
	}
}

static void lower_call(struct pa_func *f, int b, gcall *stmt)
{
	tree fndecl = gimple_call_fndecl(stmt);
	tree lhs = gimple_call_lhs(stmt);
	unsigned n = gimple_call_num_args(stmt), i;
	struct pa_opnd *args;

	if (!fndecl || gimple_call_internal_p(stmt) || !DECL_NAME(fndecl)) {
		pa_def(f, b, value_of(lhs));
		return;
	}
	if (fndecl_built_in_p(fndecl, BUILT_IN_EXPECT) && n >= 1 && lhs) {
		/* __builtin_expect(x, c) is x */
		pa_value_copy(f, value_of(lhs), value_of(gimple_call_arg(stmt, 0)));
		pa_node_same(f, node_of(f, lhs), node_of(f, gimple_call_arg(stmt, 0)));
		return;
	}
	args = XNEWVEC(struct pa_opnd, n ? n : 1);
	for (i = 0; i < n; i++)
		args[i] = opnd_of(f, gimple_call_arg(stmt, i));
	pa_call(f, b, stmt_loc(stmt), IDENTIFIER_POINTER(DECL_NAME(fndecl)), (int)n, args,
		opnd_of(f, lhs));
	XDELETEVEC(args);
}

static void lower_edges(struct pa_func *f, basic_block bb, gimple *last)
{
	edge e;
	edge_iterator ei;

	if (last && gimple_code(last) == GIMPLE_SWITCH) {
		gswitch *sw = as_a<gswitch *>(last);
		int v = value_of(gimple_switch_index(sw));
		struct pa_loc loc = stmt_loc(last);

		for (unsigned i = 0; i < gimple_switch_num_labels(sw); i++) {
			tree label = gimple_switch_label(sw, i);
			basic_block dest = label_to_block(cfun, CASE_LABEL(label));
			tree low = CASE_LOW(label);

			if (i && low && !CASE_HIGH(label) && tree_fits_shwi_p(low))
				pa_edge(f, bb->index, dest->index, v, PA_EQ, tree_to_shwi(low),
					-1, loc);
			else
				pa_edge(f, bb->index, dest->index, -1, PA_EQ, 0, -1, loc);
		}
		return;
	}
	FOR_EACH_EDGE(e, ei, bb->succs) {
		if (last && gimple_code(last) == GIMPLE_COND &&
		    (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))) {
			gcond *c = as_a<gcond *>(last);
			bool truth = e->flags & EDGE_TRUE_VALUE;
			tree_code code = gimple_cond_code(c);
			int v;
			enum pa_cmp op;
			long k;

			if (!truth)
				code = invert_tree_comparison(code, false);
			if (code != ERROR_MARK &&
			    cmp_of(code, gimple_cond_lhs(c), gimple_cond_rhs(c), &v, &op, &k))
				pa_edge(f, bb->index, e->dest->index, v, op, k, truth,
					stmt_loc(last));
			else
				pa_edge(f, bb->index, e->dest->index, -1, PA_EQ, 0, truth,
					stmt_loc(last));
		} else {
			pa_edge(f, bb->index, e->dest->index, -1, PA_EQ, 0, -1,
				last ? stmt_loc(last) : make_loc(UNKNOWN_LOCATION));
		}
	}
}

static void lower_function(function *fn)
{
	tree decl = fn->decl;
	const char *name = IDENTIFIER_POINTER(DECL_NAME(decl));
	struct pa_func *f;
	basic_block bb;

	/* a primitive of the rule set is the rule, not its body */
	if (pa_rules_find(rules, name))
		return;
	if (n_basic_blocks_for_fn(fn) > MAX_BLOCKS) {
		if (verbose)
			inform(DECL_SOURCE_LOCATION(decl),
			       "pageaudit: %qs skipped: %d basic blocks", name,
			       n_basic_blocks_for_fn(fn));
		return;
	}
	f = pa_func_new(unit, name, make_loc(DECL_SOURCE_LOCATION(decl)), decl);
	pa_func_set_static(f, !TREE_PUBLIC(decl));
	pa_func_set_blocks(f, last_basic_block_for_fn(fn), ENTRY_BLOCK_PTR_FOR_FN(fn)->index);

	FOR_ALL_BB_FN(bb, fn) {
		gimple *last = NULL;

		for (gphi_iterator pi = gsi_start_phis(bb); !gsi_end_p(pi); gsi_next(&pi)) {
			gphi *phi = pi.phi();
			tree res = gimple_phi_result(phi);
			int rn = node_of(f, res);

			for (unsigned i = 0; i < gimple_phi_num_args(phi); i++) {
				tree arg = gimple_phi_arg_def(phi, i);

				pa_node_same(f, rn, node_of(f, arg));
				pa_phi(f, gimple_phi_arg_edge(phi, i)->src->index, bb->index,
				       value_of(res), opnd_of(f, arg));
			}
		}
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_debug(stmt))
				continue;
			last = stmt;
			switch (gimple_code(stmt)) {
			case GIMPLE_ASSIGN:
				lower_assign(f, bb->index, as_a<gassign *>(stmt));
				break;
			case GIMPLE_CALL:
				lower_call(f, bb->index, as_a<gcall *>(stmt));
				break;
			case GIMPLE_RETURN:
				pa_return(f, bb->index, stmt_loc(stmt),
					  opnd_of(f, gimple_return_retval(as_a<greturn *>(stmt))));
				break;
			default:
				break;
			}
		}
		lower_edges(f, bb, last);
	}
}

/* ---- the pass and the callbacks ---------------------------------------------------- */

static bool pageaudit_gate(void)
{
	return unit != NULL;
}

static unsigned int pageaudit_execute(function *fn)
{
	lower_function(fn);
	return 0;
}

PAGEAUDIT_GIMPLE_PASS(pageaudit, PROP_cfg | PROP_ssa)

static void write_json(const struct pa_finding *fd)
{
	char stack[4096];
	char *buf = stack;
	size_t n = pa_finding_json(fd, "gcc", stack, sizeof(stack));

	if (n >= sizeof(stack)) {
		buf = XNEWVEC(char, n + 1);
		pa_finding_json(fd, "gcc", buf, n + 1);
	}
	/* one write per line: O_APPEND keeps lines whole under make -j */
	if (write(json_fd, buf, n) != (ssize_t)n)
		warning(0, "pageaudit: cannot write the json file: %s", xstrerror(errno));
	if (buf != stack)
		XDELETEVEC(buf);
}

/* OBJ.pa beside the object: -dumpdir and -dumpbase name it (the driver
 * derives them from -o). */
static void write_graph(void)
{
	const char *base = dump_base_name ? lbasename(dump_base_name) : "unit";
	size_t ext = dump_base_ext ? strlen(dump_base_ext) : 0;
	size_t blen = strlen(base);
	char *path;
	FILE *fp;

	if (ext && blen > ext && !strcmp(base + blen - ext, dump_base_ext))
		blen -= ext;
	path = concat(dump_dir_name ? dump_dir_name : "", "", NULL);
	path = reconcat(path, path, xstrndup(base, blen), ".pa", NULL);
	fp = fopen(path, "w");
	if (!fp || pa_unit_write_graph(unit, fp) || fclose(fp))
		warning(0, "pageaudit: cannot write %qs: %s", path, xstrerror(errno));
	free(path);
}

static void pageaudit_finish_unit(void *gcc_data, void *user_data)
{
	int i;

	if (!unit)
		return;
	if (seen_error()) {
		/* the unit does not compile: its findings would mean nothing */
		pa_unit_free(unit);
		unit = NULL;
		return;
	}
	if (graph)
		write_graph();
	pa_unit_analyze(unit);
	for (i = 0; i < pa_unit_nfindings(unit); i++) {
		const struct pa_finding *fd = pa_unit_finding(unit, i);
		tree saved = current_function_decl;
		auto_diagnostic_group d;
		bool shown;

		/* so that GCC says "In function 'f':" as for its own warnings */
		current_function_decl = (tree)fd->fe_decl;
		if (werror) {
			error_at((location_t)fd->loc.fe, "%s [pageaudit-%s]", fd->message, fd->rule);
			shown = true;
		} else {
			/* a finding never fails a -Werror build (CONFIG_WERROR):
			 * the werror argument asks for that explicitly */
			bool as_error = global_dc->warning_as_error_requested;

			global_dc->warning_as_error_requested = false;
			shown = warning_at((location_t)fd->loc.fe, 0, "%s [pageaudit-%s]",
					   fd->message, fd->rule);
			global_dc->warning_as_error_requested = as_error;
		}
		if (shown)
			for (int j = 0; j < fd->nsteps; j++)
				inform((location_t)fd->steps[j].loc.fe, "%s", fd->steps[j].text);
		current_function_decl = saved;
		if (json_fd >= 0)
			write_json(fd);
	}
	if (verbose) {
		struct pa_stats st;

		pa_unit_stats(unit, &st);
		inform(UNKNOWN_LOCATION,
		       "pageaudit: %d functions, %d objects, %d path states, %d over budget, %d findings",
		       st.functions, st.objects, st.states, st.dropped, pa_unit_nfindings(unit));
	}
	pa_unit_free(unit);
	unit = NULL;
}

static void pageaudit_finish(void *gcc_data, void *user_data)
{
	if (json_fd >= 0)
		close(json_fd);
	json_fd = -1;
	pa_rules_free(rules);
	rules = NULL;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	const char *const plugin_name = plugin_info->base_name;
	const int argc = plugin_info->argc;
	const struct plugin_argument *const argv = plugin_info->argv;
	const char *rules_file = NULL, *json_file = NULL, *summaries_file = NULL;
	bool enable = true;
	char err[512];
	struct register_pass_info pass_info;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error(G_("pageaudit: built for GCC %s, this compiler is GCC %s; rebuild the plugin with this GCC"),
		      gcc_version.basever, version->basever);
		return 0;
	}

	for (int i = 0; i < argc; ++i) {
		const char *key = argv[i].key, *value = argv[i].value;

		if (!strcmp(key, "disable")) {
			enable = false;
		} else if (!strcmp(key, "verbose")) {
			verbose = true;
		} else if (!strcmp(key, "werror")) {
			werror = true;
		} else if (!strcmp(key, "graph")) {
			graph = true;
		} else if (!strcmp(key, "rules") || !strcmp(key, "json") ||
			   !strcmp(key, "summaries")) {
			if (!value || !*value) {
				error(G_("option '-fplugin-arg-%s-%s' needs a value: -fplugin-arg-%s-%s=FILE"),
				      plugin_name, key, plugin_name, key);
				return 0;
			}
			if (!strcmp(key, "rules"))
				rules_file = value;
			else if (!strcmp(key, "json"))
				json_file = value;
			else
				summaries_file = value;
		} else {
			error(G_("unknown option '-fplugin-arg-%s-%s'"), plugin_name, key);
			return 0;
		}
	}

	register_callback(plugin_name, PLUGIN_INFO, NULL, &pageaudit_plugin_info);
	if (!enable)
		return 0;

	rules = rules_file ? pa_rules_load(rules_file, err, sizeof(err)) :
		pa_rules_parse(pa_default_rules, pa_default_rules_name, err, sizeof(err));
	if (!rules) {
		/* err is "FILE:LINE: error: ...": print it as it is, fail the compile */
		fprintf(stderr, "%s\n", err);
		errorcount++;
		return 0;
	}
	if (json_file) {
		json_fd = open(json_file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
		if (json_fd < 0) {
			error(G_("pageaudit: cannot open json file '%s': %s"), json_file,
			      xstrerror(errno));
			pa_rules_free(rules);
			rules = NULL;
			return 0;
		}
	}
	unit = pa_unit_new(rules);
	if (summaries_file && pa_unit_read_summaries(unit, summaries_file, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		errorcount++;
		pa_unit_free(unit);
		unit = NULL;
		return 0;
	}

	pass_info.pass = make_pageaudit_pass();
	pass_info.reference_pass_name = "ssa";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
	register_callback(plugin_name, PLUGIN_FINISH_UNIT, pageaudit_finish_unit, NULL);
	register_callback(plugin_name, PLUGIN_FINISH, pageaudit_finish, NULL);
	return 0;
}
