/* Shapes an AST front end lowers itself (GCC has them in GIMPLE already):
 * a do { } while (0) macro body, a GNU statement expression, the comma
 * operator, ?: and its GNU x ?: y form, a compound literal holding the
 * object, a for statement without its test, and a cast through an integer. */
// limit(cocci): the mark is inside a statement expression of a macro (TRY_MARK) and behind the comma and ?: operators, which a source matcher does not follow as values
#include "engine.h"

#define MARK_AND_CHECK(o, ret)				\
	do {						\
		t_mark(o);				\
		(ret) = t_make_obj_accessible(o);	\
	} while (0)

#define TRY_MARK(o) ({ bool __ok = t_try_mark(o); __ok; })

struct holder { struct obj *o; int len; };

int shapes_macro_body(struct t_req *req, struct obj *obj)
{
	int ret;

	MARK_AND_CHECK(obj, ret);
	if (ret)
		return ret;
	return t_io(req, obj, T_SIZE, 0);
}

int shapes_stmt_expr(struct t_req *req, struct obj *obj)
{
	if (!TRY_MARK(obj))
		return -EAGAIN;
	return t_io(req, obj, T_SIZE, 0); // expect: missing-accessible(shapes_stmt_expr)
}

int shapes_comma_ternary(struct t_req *req, struct obj *a, struct obj *b, bool c)
{
	struct obj *o = (t_mark(b), c ? a : b);
	struct obj *p = o ?: b;

	return t_io(req, p, T_SIZE, 0); // expect: missing-accessible(shapes_comma_ternary)
}

int shapes_compound_literal(struct t_req *req, struct obj *obj)
{
	struct holder h = (struct holder){ .o = obj, .len = T_SIZE };

	t_mark(h.o);
	return t_io(req, h.o, h.len, 0); // expect: missing-accessible(shapes_compound_literal)
}

void shapes_for_no_test(struct t_req *req, struct obj *obj, int n)
{
	int i;

	for (i = 0; ; i++) {
		if (i == n)
			break;
		t_mark(obj);
	}
	t_io(req, (struct obj *)(unsigned long)obj, T_SIZE, 0); // expect: missing-accessible(shapes_for_no_test)
}
