// SPDX-License-Identifier: GPL-2.0
/*
 * pageaudit GCC plugin: lowers each function's GIMPLE, before inlining, to
 * the engine's graph of calls, stores, branches and returns, and at the end
 * of the unit reports the findings of the engine as GCC warnings.
 *
 * Arguments -fplugin-arg-pageaudit-KEY[=VALUE] are the front-end kit's
 * options (engine/session.c: rules=FILE json=FILE graph summaries=DB werror
 * disable verbose budget=N max-blocks=N graph-object stamp=ID); graph writes
 * OBJ.pa beside the object, named from -dumpdir/-dumpbase; graph-object
 * puts the same bytes into the object's .discard.pageaudit section, which
 * the kernel's linker scripts discard (so ccache and distcc carry it); stamp
 * is ignored (kbuild sees it change).  The kit does the rule set, the
 * outputs and the end of the unit; this file only lowers GIMPLE and shows
 * findings as GCC diagnostics.
 *
 * Use:   gcc -O2 -fplugin=./build/pageaudit.so -c t.c
 * Debug: gcc -fplugin=./build/pageaudit.so -fplugin-arg-pageaudit-verbose \
 *            -fdump-tree-ssa -c t.c   (the pass runs right after "ssa":
 *        t.c.*t.ssa is the GIMPLE it lowers); -fplugin-arg-pageaudit-graph
 *        writes what it lowered (t.pa); gdb on cc1 (gcc -v shows its command).
 */
#include "gcc-common.h"

extern "C" {
#include "pageaudit.h"
}

__visible int plugin_is_GPL_compatible;

static struct plugin_info pageaudit_plugin_info = { PAGEAUDIT_VERSION, NULL };

static struct pa_session *session;

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
	if (TREE_CODE(decl) == VAR_DECL && is_global_var(decl))
		return pa_node_global(f, key, name);
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

/* A union's name for the engine, the same in every translation unit: its
 * first named member's (union { struct page *page; struct folio *folio; }
 * is "page"). */
static const char *union_name(tree type)
{
	for (tree fld = TYPE_FIELDS(type); fld; fld = DECL_CHAIN(fld))
		if (TREE_CODE(fld) == FIELD_DECL && DECL_NAME(fld))
			return IDENTIFIER_POINTER(DECL_NAME(fld));
	return "";
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
		tree ctx = DECL_CONTEXT(field);

		if (!DECL_NAME(field))	/* anonymous member: see through it */
			return node_of(f, base);
		if (ctx && TREE_CODE(ctx) == UNION_TYPE)
			return pa_node_union_field(f, node_of(f, base), struct_tag(base),
						   IDENTIFIER_POINTER(DECL_NAME(field)),
						   union_name(ctx));
		return pa_node_field(f, node_of(f, base), struct_tag(base),
				     IDENTIFIER_POINTER(DECL_NAME(field)));
	}
	case MEM_REF:
		return pa_node_elem(f, node_of(f, TREE_OPERAND(t, 0)));
	case TARGET_MEM_REF:
		return pa_node_elem(f, node_of(f, TMR_BASE(t)));
	case ARRAY_REF:
		/* a[K]: an element of its own */
		if (TREE_CODE(TREE_OPERAND(t, 1)) == INTEGER_CST &&
		    tree_fits_shwi_p(TREE_OPERAND(t, 1)))
			return pa_node_elem_at(f, node_of(f, TREE_OPERAND(t, 0)),
					       tree_to_shwi(TREE_OPERAND(t, 1)));
		return pa_node_elem(f, node_of(f, TREE_OPERAND(t, 0)));
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
	struct pa_opnd o = { -1, -1, 0, 0, 0 };
	tree type;

	if (!t)
		return o;
	type = TREE_TYPE(t);
	if (type && (TYPE_UNSIGNED(type) || POINTER_TYPE_P(type)))
		o.flags |= PA_OPND_UNSIGNED;
	if (type && POINTER_TYPE_P(type))
		o.flags |= PA_OPND_POINTER;
	if (type && (TREE_CODE(type) == BOOLEAN_TYPE ||
		     (INTEGRAL_TYPE_P(type) && TYPE_PRECISION(type) == 1)))
		o.flags |= PA_OPND_BOOL;
	if (TREE_CODE(t) == INTEGER_CST) {
		o.is_cst = 1;
		if (tree_fits_shwi_p(t)) {
			o.cst = tree_to_shwi(t);
		} else {
			o.cst = tree_int_cst_sgn(t) < 0 ? -2 : 2;
			o.flags |= PA_OPND_INEXACT;
		}
		return o;
	}
	o.node = node_of(f, t);
	o.value = value_of(t);
	return o;
}

/* A GIMPLE code as the engine's operation on values. */
static enum pa_op op_of(enum tree_code code)
{
	switch (code) {
	case POINTER_PLUS_EXPR: return PA_OP_PTRADD;
	case PLUS_EXPR: return PA_OP_ADD;
	case MINUS_EXPR: return PA_OP_SUB;
	case MULT_EXPR: return PA_OP_MUL;
	case TRUNC_DIV_EXPR: return PA_OP_DIV;
	case TRUNC_MOD_EXPR: return PA_OP_MOD;
	case BIT_AND_EXPR: return PA_OP_AND;
	case BIT_IOR_EXPR: return PA_OP_OR;
	case BIT_XOR_EXPR: return PA_OP_XOR;
	case LSHIFT_EXPR: return PA_OP_SHL;
	case RSHIFT_EXPR: return PA_OP_SHR;
	case TRUTH_NOT_EXPR: return PA_OP_NOT;
	case BIT_NOT_EXPR: return PA_OP_BITNOT;
	case NEGATE_EXPR: return PA_OP_NEG;
	case EQ_EXPR: return PA_OP_EQ;
	case NE_EXPR: return PA_OP_NE;
	case LT_EXPR: return PA_OP_LT;
	case LE_EXPR: return PA_OP_LE;
	case GT_EXPR: return PA_OP_GT;
	case GE_EXPR: return PA_OP_GE;
	default: return PA_OP_OTHER;
	}
}

/* ---- statements ---------------------------------------------------------------- */

static void lower_assign(struct pa_func *f, int b, gassign *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs1 = gimple_assign_rhs1(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	struct pa_opnd none = { -1, -1, 0, 0, 0 };
	enum pa_op op;

	if (TREE_CODE(lhs) != SSA_NAME) {
		/* a store to memory: a page, or a constant (a flag) */
		if (gimple_assign_single_p(stmt) || CONVERT_EXPR_CODE_P(code))
			pa_store(f, b, stmt_loc(stmt), node_of(f, lhs), opnd_of(f, rhs1));
		return;
	}
	if (gimple_assign_single_p(stmt) || CONVERT_EXPR_CODE_P(code) ||
	    code == VIEW_CONVERT_EXPR) {
		if (TREE_CODE(rhs1) == ADDR_EXPR)
			op = PA_OP_ADDR;
		else if (TREE_CODE(rhs1) == SSA_NAME || TREE_CODE(rhs1) == INTEGER_CST)
			op = gimple_assign_single_p(stmt) ? PA_OP_COPY : PA_OP_CAST;
		else if (gimple_assign_single_p(stmt))
			op = PA_OP_LOAD;	/* x = *p, x = s->f, x = var */
		else
			op = PA_OP_CAST;
		pa_assign(f, b, opnd_of(f, lhs), op, opnd_of(f, rhs1), none);
		return;
	}
	pa_assign(f, b, opnd_of(f, lhs), op_of(code), opnd_of(f, rhs1),
		  gimple_num_ops(stmt) > 2 ? opnd_of(f, gimple_assign_rhs2(stmt)) : none);
}

static void lower_call(struct pa_func *f, int b, gcall *stmt)
{
	tree fndecl = gimple_call_fndecl(stmt);
	tree lhs = gimple_call_lhs(stmt);
	unsigned n = gimple_call_num_args(stmt), i;
	struct pa_opnd none = { -1, -1, 0, 0, 0 };
	struct pa_opnd *args;

	if (!fndecl || gimple_call_internal_p(stmt) || !DECL_NAME(fndecl)) {
		pa_assign(f, b, opnd_of(f, lhs), PA_OP_OTHER, none, none);
		return;
	}
	if (fndecl_built_in_p(fndecl, BUILT_IN_EXPECT) && n >= 1 && lhs) {
		/* __builtin_expect(x, c) is x */
		pa_assign(f, b, opnd_of(f, lhs), PA_OP_COPY, opnd_of(f, gimple_call_arg(stmt, 0)),
			  none);
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

			pa_branch(f, bb->index, e->dest->index, (e->flags & EDGE_TRUE_VALUE) != 0,
				  op_of(gimple_cond_code(c)), opnd_of(f, gimple_cond_lhs(c)),
				  opnd_of(f, gimple_cond_rhs(c)), stmt_loc(last));
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
	struct pa_unit *unit = pa_session_unit(session);
	struct pa_func *f;
	basic_block bb;

	if (!unit)
		return;
	if (pa_session_too_big(session, name, n_basic_blocks_for_fn(fn))) {
		if (pa_session_verbose(session))
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
			struct pa_opnd res = opnd_of(f, gimple_phi_result(phi));

			for (unsigned i = 0; i < gimple_phi_num_args(phi); i++)
				pa_phi(f, gimple_phi_arg_edge(phi, i)->src->index, bb->index, res,
				       opnd_of(f, gimple_phi_arg_def(phi, i)));
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
	return pa_session_enabled(session) && pa_session_rules(session);
}

static unsigned int pageaudit_execute(function *fn)
{
	lower_function(fn);
	return 0;
}

PAGEAUDIT_GIMPLE_PASS(pageaudit, PROP_cfg | PROP_ssa)

/* A finding as a GCC diagnostic: "In function 'f':", the warning, a note
 * per step of the path. */
static void show(const struct pa_finding *fd, int as_error, void *ctx)
{
	tree saved = current_function_decl;
	auto_diagnostic_group d;
	bool shown;

	current_function_decl = (tree)fd->fe_decl;
	if (as_error) {
		error_at((location_t)fd->loc.fe, "%s [pageaudit-%s]", fd->message, fd->rule);
		shown = true;
	} else {
		/* a finding never fails a -Werror build (CONFIG_WERROR): the
		 * werror argument asks for that explicitly */
		bool as_err = global_dc->warning_as_error_requested;

		global_dc->warning_as_error_requested = false;
		shown = warning_at((location_t)fd->loc.fe, 0, "%s [pageaudit-%s]",
				   fd->message, fd->rule);
		global_dc->warning_as_error_requested = as_err;
	}
	if (shown)
		for (int j = 0; j < fd->nsteps; j++)
			inform((location_t)fd->steps[j].loc.fe, "%s", fd->steps[j].text);
	current_function_decl = saved;
}

/* OBJ.pa beside the object: -dumpdir and -dumpbase name it (the driver
 * derives them from -o). */
static char *graph_path(void)
{
	const char *base = dump_base_name ? lbasename(dump_base_name) : "unit";
	size_t ext = dump_base_ext ? strlen(dump_base_ext) : 0;
	size_t blen = strlen(base);
	char *stem;

	if (ext && blen > ext && !strcmp(base + blen - ext, dump_base_ext))
		blen -= ext;
	stem = xstrndup(base, blen);
	char *path = concat(dump_dir_name ? dump_dir_name : "", stem, ".pa", NULL);
	free(stem);
	return path;
}

static void pageaudit_finish_unit(void *gcc_data, void *user_data)
{
	char err[512], *path;

	if (seen_error()) {
		/* the unit does not compile: its findings would mean nothing */
		pa_session_drop_unit(session);
		return;
	}
	if (pa_session_graph_object(session) && asm_out_file) {
		size_t len;
		char *g = pa_session_graph_text(session, &len);

		/* with its NUL: the graphs of objects linked together stay apart */
		if (g) {
			switch_to_section(get_section(PA_GRAPH_SECTION, SECTION_DEBUG, NULL));
			assemble_string(g, (int)len + 1);
		}
		free(g);
	}
	path = pa_session_graph(session) ? graph_path() : NULL;
	if (pa_session_end_unit(session, path, show, NULL, err, sizeof(err)) < 0)
		warning(0, "%s", err);
	free(path);
	if (pa_session_verbose(session)) {
		pa_session_stats_line(session, err, sizeof(err));
		inform(UNKNOWN_LOCATION, "pageaudit: %s", err);
	}
}

static void pageaudit_finish(void *gcc_data, void *user_data)
{
	pa_session_free(session);
	session = NULL;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	const char *const plugin_name = plugin_info->base_name;
	const int argc = plugin_info->argc;
	const struct plugin_argument *const argv = plugin_info->argv;
	char err[1024];
	struct register_pass_info pass_info;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error(G_("pageaudit: built for GCC %s, this compiler is GCC %s; rebuild the plugin with this GCC"),
		      gcc_version.basever, version->basever);
		return 0;
	}

	session = pa_session_new("gcc");
	for (int i = 0; i < argc; ++i) {
		const char *key = argv[i].key, *value = argv[i].value;

		switch (pa_session_option(session, key, value)) {
		case PA_OPT_OK:
			continue;
		case PA_OPT_NEEDS_VALUE:
			error(G_("option '-fplugin-arg-%s-%s' needs a value: -fplugin-arg-%s-%s=VALUE"),
			      plugin_name, key, plugin_name, key);
			return 0;
		case PA_OPT_NO_VALUE:
			error(G_("option '-fplugin-arg-%s-%s' takes no value"), plugin_name, key);
			return 0;
		case PA_OPT_BAD_VALUE:
			error(G_("option '-fplugin-arg-%s-%s' needs a positive number, not '%s'"),
			      plugin_name, key, value);
			return 0;
		default:
			error(G_("unknown option '-fplugin-arg-%s-%s'"), plugin_name, key);
			return 0;
		}
	}

	/* --help=plugins: the kit's options */
	{
		static char help[2048];

		snprintf(help, sizeof(help), "pageaudit: check the s390 pending-I/O protocol "
			 "(mark, make accessible, I/O)\n");
		for (int i = 0; pa_session_help[i]; i++)
			snprintf(help + strlen(help), sizeof(help) - strlen(help),
				 "  -fplugin-arg-%s-%s\n", plugin_name, pa_session_help[i]);
		pageaudit_plugin_info.help = help;
	}
	register_callback(plugin_name, PLUGIN_INFO, NULL, &pageaudit_plugin_info);
	if (!pa_session_enabled(session))
		return 0;
	if (pa_session_start(session, err, sizeof(err))) {
		/* "FILE:LINE: error: ...": print it as it is, fail the compile */
		fprintf(stderr, "%s\n", err);
		errorcount++;
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
