# SPDX-License-Identifier: GPL-2.0
#
# The Coccinelle library of pageaudit: the Python of every generated semantic
# patch (cocci/README.md).  cocci/gen-cocci copies this file, as it is, into
# the @initialize:python@ rule of each .cocci it writes, after the tables of
# the rule set; the SmPL rules call the pa_* functions below.  Edit this file, then
# run `make cocci`: the generated files are committed, and `make check-cocci`
# fails while they are stale.
#
# No function name of a rule set is written here: everything the library
# knows about the rules comes from these tables, which gen-cocci generates
# from the rule set, as data, in front of this file:
#
#   PA_SAME         {name: N}: a conversion whose result is its argument N
#   PA_SAME_FIELDS  {field}: &s->FIELD is the same object as s
#   PA_RESULT       {name}: calls whose result is an object (a mark by result)
#   PA_BIND         {check tag: {name: (kind, N)}}: the calls a check follows
#                   objects from; kind v value, r result, o out array, a
#                   allocated out array, N the argument
#   PA_STORES       {field: STRUCT.FIELD}: stores that are I/O
#   PA_EXEMPT       {global}: objects at the addresses of these globals are
#                   never checked
#   PA_MESSAGES     {rule id: message}: the message templates of the engine
#                   (engine/rule-ids.def) with %A filled in; %o %i %m %a %r
#                   are filled here
#   PA_ACC_NAMES    [name]: the accessible calls patch mode may add
#
# Coccinelle runs the @initialize rule once per spatch process: the tables
# below (_par, _cls, ...) live for the whole run, keyed by (file, function).
# Nothing in this file may start a line with an at sign (it would end the
# rule), and no comment may hold a quote or an apostrophe: spatch reads the
# rule as C tokens, and an open character constant would run on into the
# next rules (gen-cocci refuses both).

import re

_ws = re.compile(r"\s+")
# the type of a cast: (struct T *), (unsigned long), ...
_type = re.compile(r"(?:const|volatile|struct|union|enum|unsigned|signed)*[A-Za-z_]\w*\**$")
# a variable or a field path: a, a->b, a.b->c
_path = re.compile(r"[A-Za-z_]\w*(?:(?:->|\.)[A-Za-z_]\w*)*$")

# _par: union-find parent of a (function, key); _coll: the class is the
# elements of an array; _cls: class id (the metavariable K) -> (function,
# root); _ids: (function, root) -> class id; _seen: findings reported;
# _src: source lines of the files read
_par, _coll, _cls, _ids, _seen, _src = {}, {}, {}, {}, set(), {}


# ---- expressions as text ----------------------------------------------------

def _close(s, i):
    """The index of the bracket that closes the one at s[i], or -1."""
    d = 0
    for j in range(i, len(s)):
        if s[j] in "([":
            d += 1
        elif s[j] in ")]":
            d -= 1
            if d == 0:
                return j
    return -1


def _open(s):
    """The index of the bracket that opens the one s ends with, or -1."""
    d = 0
    for j in range(len(s) - 1, -1, -1):
        if s[j] in ")]":
            d += 1
        elif s[j] in "([":
            d -= 1
            if d == 0:
                return j
    return -1


def _args(s):
    """The arguments of a call, s being the text between its parentheses."""
    out, d, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            d += 1
        elif ch in ")]}":
            d -= 1
        if ch == "," and d == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur] if cur or out else []


# ---- objects ----------------------------------------------------------------
#
# An object is named by a key, the text of an expression with its spaces
# removed: p, s->pg, p[] for every element of p, &p for the address of p,
# f(a,b) for the result of a call in PA_RESULT.

def _key(s):
    """The object an expression denotes, or None: p[i] and *p are the
    elements of p, &p[i] is p, casts and conversions keep the object."""
    while s.startswith("("):
        j = _close(s, 0)
        if j == len(s) - 1:
            s = s[1:-1]                 # (E)
        elif j > 0 and _type.match(s[1:j]) and s[j + 1:]:
            s = s[j + 1:]               # (T)E
        else:
            return None
    if s.startswith("&"):
        t = s[1:]
        m = re.match(r"(.*)->([A-Za-z_]\w*)$", t)
        if m and m.group(2) in PA_SAME_FIELDS:
            return _key(m.group(1))     # &s->FIELD is s
        if t.endswith("]") and _open(t) > 0:
            return _key(t[:_open(t)])   # &p[i] is p
        k = _key(t)
        return "&" + k if k else None
    if s.startswith("*"):
        k = _key(s[1:])
        return k + "[]" if k else None
    if s.endswith("]") and _open(s) > 0:
        k = _key(s[:_open(s)])
        return k + "[]" if k else None
    m = re.match(r"([A-Za-z_]\w*)\(", s)
    if m and _close(s, m.end() - 1) == len(s) - 1:
        a = _args(s[m.end():-1])
        n = PA_SAME.get(m.group(1), 0)
        if n and n <= len(a):
            return _key(a[n - 1])       # a conversion: its argument
        return s if m.group(1) in PA_RESULT else None
    if _path.match(s) and s not in ("NULL", "true", "false"):
        return s
    return None


def _out(s):
    """The elements of an out array passed as s (&a is a, a is a[])."""
    if s.startswith("&"):
        return _key(s[1:])
    k = _key(s)
    return k + "[]" if k else None


def _outalloc(s):
    """The elements of the array an allocating call stores at s."""
    k = _out(s)
    return k + "[]" if k else None


_kinds = {"v": _key, "o": _out, "a": _outalloc}

# Classes of keys per function, flow-insensitive like the union of nodes of
# the engine.  The fields and elements of a class are classes too (_kids:
# root -> {->f: key, []: key, &: key}), joined when their bases are joined.
# _ex: the class is exempt; _mem: the keys seen in a class.
_kids, _ex, _mem = {}, {}, {}


def _root(f, k):
    while (f, k) in _par:
        k = _par[(f, k)]
    return k


def _split(k):
    """(base, suffix) of a key with a field, element or address suffix."""
    if k.endswith("[]"):
        return k[:-2], "[]"
    if k.startswith("&"):
        return k[1:], "&"
    m = None if k.endswith(")") else re.match(r"(.*[^-.])(->|\.)([A-Za-z_]\w*)$", k)
    return (m.group(1), m.group(2) + m.group(3)) if m else None


def _find(f, k):
    """The root of the class of k in function f; a field or element is
    found through the class of its base."""
    m = _split(k)
    if not m:
        return _root(f, k)
    kids = _kids.setdefault((f, _find(f, m[0])), {})
    if m[1] not in kids:
        kids[m[1]] = k
        _coll[(f, k)] = m[1] == "[]"
    return _root(f, kids[m[1]])


def _iscoll(f, r):
    return _coll.get((f, r), False)


def _union(f, a, b):
    """Join the classes of a and b, and then those of their fields."""
    todo = [(_find(f, a), _find(f, b))]
    while todo:
        x, y = todo.pop()
        x, y = _root(f, x), _root(f, y)
        if x == y:
            continue
        _par[(f, y)] = x
        _mem.setdefault((f, x), set()).update(_mem.pop((f, y), ()))
        _coll[(f, x)] = _iscoll(f, x) or _iscoll(f, y)
        _ex[(f, x)] = _ex.get((f, x)) or _ex.get((f, y))
        kx = _kids.setdefault((f, x), {})
        for suf, ky in _kids.pop((f, y), {}).items():
            if suf in kx:
                todo.append((kx[suf], ky))
            else:
                kx[suf] = ky


_exempt = re.compile(r"\b(?:%s)\b" % "|".join(PA_EXEMPT)) if PA_EXEMPT else None


# ---- called by the SmPL rules -------------------------------------------------

def pa_copy(p, a, e):
    """The rule pa_copy: A = E at p joins A and E (copies, casts,
    conversions, stores into fields); the address of an exempt global
    makes A exempt."""
    f = (p[0].file, p[0].current_element)
    ka, ke = _key(_ws.sub("", str(a))), _key(_ws.sub("", str(e)))
    if ka and ke:
        _union(f, ka, ke)
        _mem.setdefault((f, _find(f, ka)), set()).update((ka, ke))
    if ka and _exempt and _exempt.search(str(e)):
        _ex[(f, _find(f, ka))] = True


def pa_class(tag, p, g, xs):
    """The rule pa_obj_TAG: the call g(xs) at p binds an object for check tag;
    returns the id of the class of the object (one per function and object),
    or None if the call does not bind one or the object is exempt."""
    kind, n = PA_BIND[tag][g]
    a = _args(_ws.sub("", str(xs)))
    if kind == "r":
        k = _key("%s(%s)" % (g, ",".join(a)))
    else:
        k = _kinds[kind](a[n - 1]) if n <= len(a) else None
    if not k:
        return None
    f = (p[0].file, p[0].current_element)
    r = _find(f, k)
    if _ex.get((f, r)) or (_exempt and _exempt.search(k)):
        return None
    _mem.setdefault((f, r), set()).add(k)
    if (f, r) not in _ids:
        _ids[(f, r)] = "pa_obj%d" % len(_ids)
        _cls[_ids[(f, r)]] = (f, r)
    return _ids[(f, r)]


def pa_is(K, x, kind):
    """The constraint of an object metavariable: x denotes class K as kind
    says (v, o, a: _kinds; rv, ro, ra: a release, which does not apply to
    the elements of an array)."""
    f, r = _cls[str(K)]
    k = _kinds[kind[-1]](_ws.sub("", str(x)))
    if not k or _find(f, k) != r:
        return False
    return not (kind[0] == "r" and _iscoll(f, r))


def pa_base(K, x):
    """x is the base of a field path or array of class K (s of s->pg):
    assigning it loses the object."""
    f, r = _cls[str(K)]
    k = _key(_ws.sub("", str(x)))
    return bool(k) and any(m.startswith(k + s) for m in _mem.get((f, r), ())
                           for s in ("->", ".", "[]"))


# ---- findings -----------------------------------------------------------------

def _line(p):
    """The source line of position p."""
    if p.file not in _src:
        try:
            with open(p.file, errors="replace") as fh:
                _src[p.file] = fh.read().split("\n")
        except OSError:
            _src[p.file] = []
    lines = _src[p.file]
    n = int(p.line) - 1
    return lines[n] if 0 <= n < len(lines) else ""


def _what(q):
    """What a position names: the call, as f(), or a store to S.F."""
    if not q:
        return None
    p = q[0]
    t = _line(p)[int(p.column):int(p.column_end)]
    if t in PA_STORES:
        return "a store to " + PA_STORES[t]
    return t + "()"


def _message(rule, fields):
    """The message of a rule with %o %i %m %a %r filled in, in one pass
    (the text of an object may contain a percent sign)."""
    return re.sub(r"%([oimar])", lambda m: fields.get(m.group(1)) or "?",
                  PA_MESSAGES[rule])


def pa_found(rule, mode, x, pio, pm, pa, pr):
    """A finding of rule: I/O at pio on x, after the mark at pm, the
    accessible call at pa, the release at pr (None where a check has no
    such step); one per I/O site and rule, as a report line or an org
    item."""
    p = pio[0]
    if (p.file, p.line, p.column, rule) in _seen:
        return
    _seen.add((p.file, p.line, p.column, rule))
    obj = re.sub(r"\s*(->|[.\[\]()])\s*", r"\1", _ws.sub(" ", str(x)).strip())
    msg = _message(rule, {"o": obj, "i": _what(pio), "m": _what(pm),
                          "a": _what(pa), "r": _what(pr)})
    msg = "%s(): %s [pageaudit-%s]" % (p.current_element, msg, rule)
    if mode == "org":
        coccilib.org.print_safe_todo(p, msg)
        for q, what in ((pr, "released"), (pa, "made accessible"), (pm, "marked")):
            if q:
                coccilib.org.print_safe_link(q[0], what, "ovl-face2")
    else:
        coccilib.report.print_report(p, "WARNING: " + msg)


# ---- patch mode ---------------------------------------------------------------
#
# After a mark statement NAME(X); that a finding used, add
#     V = ACC(X);
#     if (V) {
#             REL(X);
#             return V;
#     }
# and declare V, where that is a correct fix (cocci/README.md); the other
# sites stay for report mode.

# names for V, the first one the function does not use
PA_FIX_VARS = ["ret", "err", "rc", "error"]

# _want: marks a finding used; _rel: (file, function) -> {X: a release of
# X}; _names: (file, function) -> V; _loop: marks inside a loop
_want, _rel, _names, _loop = set(), {}, {}, set()


def pa_want(pm):
    _want.add((pm[0].file, pm[0].line, pm[0].column))


def pa_in_loop(pm):
    _loop.add((pm[0].file, pm[0].line, pm[0].column))


def pa_release(p, r, x):
    _rel.setdefault((p[0].file, p[0].current_element), {})[_ws.sub("", x)] = r


def _body(p):
    """The source of the function position p is in."""
    _line(p)
    lines = _src.get(p.file, [])
    return "\n".join(lines[int(p.current_element_line) - 1:int(p.current_element_line_end)])


def pa_fix(pm, x):
    """The fix of the mark at pm on x: (ACC, REL, V, function), or None."""
    p = pm[0]
    x = _ws.sub("", x)
    at = (p.file, p.line, p.column)
    if at not in _want or at in _loop or not re.match(r"[A-Za-z_]\w*$", x):
        return None
    r = _rel.get((p.file, p.current_element), {}).get(x)
    text = _body(p)
    head = text.split("(", 1)[0]
    if not r or not re.match(r"\s*(?:static\s+)?(?:inline\s+)?int\s+[A-Za-z_]\w*\s*$", head):
        return None
    # an error return to reuse, and no cleanup labels a return would skip
    if not re.search(r"return\s*-\s*E[A-Z]|=\s*-\s*E[A-Z]", text) or re.search(r"\bgoto\b", text):
        return None
    # the accessible call for the type of x: struct T * takes the one named
    # with T
    m = re.search(r"struct\s+([A-Za-z_]\w*)\s*\*\s*" + x + r"\b", text)
    acc = [a for a in PA_ACC_NAMES if m and m.group(1) in a.split("_")]
    if not acc:
        return None
    f = (p.file, p.current_element)
    if f not in _names:
        _names[f] = ([v for v in PA_FIX_VARS if not re.search(r"\b%s\b" % v, text)] + [None])[0]
    if not _names[f]:
        return None
    return acc[0], r, _names[f], p.current_element
