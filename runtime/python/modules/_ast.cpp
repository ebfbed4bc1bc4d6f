// runtime/python/modules/_ast.cpp — the native `_ast` module (pymisc): CPython 3.11's AST node
// classes (AST and the 118 node classes with their _fields and _attributes, the same hierarchy)
// so that ast.py — and through it inspect, dataclasses' helpers, ... — imports. The classes are
// made by Python source run in the module's namespace (as asyncio's, docs/decisions.md D12) from a
// table of "Name Base fields... [| attributes...]" lines. Nodes are plain instances: the
// constructor takes the fields positionally or by keyword, as CPython's ast_type_init does.
// Optional fields ("name?") default to None on the class, as in CPython. ast.parse builds these
// nodes in runtime/python/ast_objects.cpp.
#include "frontends/python/compiler.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

static const char* kAstSource = R"PY(
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)
    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

_SPEC = """
mod AST 
Module mod body type_ignores
Interactive mod body
Expression mod body
FunctionType mod argtypes returns
stmt AST  | lineno col_offset end_lineno? end_col_offset?
FunctionDef stmt name args body decorator_list returns? type_comment?
AsyncFunctionDef stmt name args body decorator_list returns? type_comment?
ClassDef stmt name bases keywords body decorator_list
Return stmt value?
Delete stmt targets
Assign stmt targets value type_comment?
AugAssign stmt target op value
AnnAssign stmt target annotation value? simple
For stmt target iter body orelse type_comment?
AsyncFor stmt target iter body orelse type_comment?
While stmt test body orelse
If stmt test body orelse
With stmt items body type_comment?
AsyncWith stmt items body type_comment?
Match stmt subject cases
Raise stmt exc? cause?
Try stmt body handlers orelse finalbody
TryStar stmt body handlers orelse finalbody
Assert stmt test msg?
Import stmt names
ImportFrom stmt module? names level?
Global stmt names
Nonlocal stmt names
Expr stmt value
Pass stmt 
Break stmt 
Continue stmt 
expr AST  | lineno col_offset end_lineno? end_col_offset?
BoolOp expr op values
NamedExpr expr target value
BinOp expr left op right
UnaryOp expr op operand
Lambda expr args body
IfExp expr test body orelse
Dict expr keys values
Set expr elts
ListComp expr elt generators
SetComp expr elt generators
DictComp expr key value generators
GeneratorExp expr elt generators
Await expr value
Yield expr value?
YieldFrom expr value
Compare expr left ops comparators
Call expr func args keywords
FormattedValue expr value conversion format_spec?
JoinedStr expr values
Constant expr value kind?
Attribute expr value attr ctx
Subscript expr value slice ctx
Starred expr value ctx
Name expr id ctx
List expr elts ctx
Tuple expr elts ctx
Slice expr lower? upper? step?
expr_context AST 
Load expr_context 
Store expr_context 
Del expr_context 
boolop AST 
And boolop 
Or boolop 
operator AST 
Add operator 
Sub operator 
Mult operator 
MatMult operator 
Div operator 
Mod operator 
Pow operator 
LShift operator 
RShift operator 
BitOr operator 
BitXor operator 
BitAnd operator 
FloorDiv operator 
unaryop AST 
Invert unaryop 
Not unaryop 
UAdd unaryop 
USub unaryop 
cmpop AST 
Eq cmpop 
NotEq cmpop 
Lt cmpop 
LtE cmpop 
Gt cmpop 
GtE cmpop 
Is cmpop 
IsNot cmpop 
In cmpop 
NotIn cmpop 
comprehension AST target iter ifs is_async
excepthandler AST  | lineno col_offset end_lineno? end_col_offset?
ExceptHandler excepthandler type? name? body
arguments AST posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
arg AST arg annotation? type_comment? | lineno col_offset end_lineno? end_col_offset?
keyword AST arg? value | lineno col_offset end_lineno? end_col_offset?
alias AST name asname? | lineno col_offset end_lineno? end_col_offset?
withitem AST context_expr optional_vars?
match_case AST pattern guard? body
pattern AST  | lineno col_offset end_lineno? end_col_offset?
MatchValue pattern value
MatchSingleton pattern value
MatchSequence pattern patterns
MatchMapping pattern keys patterns rest?
MatchClass pattern cls patterns kwd_attrs kwd_patterns
MatchStar pattern name?
MatchAs pattern pattern? name?
MatchOr pattern patterns
type_ignore AST 
TypeIgnore type_ignore lineno tag
"""

def _make_classes(spec, ns):
    for line in spec.strip().splitlines():
        head, _, attrs = line.partition("|")
        name, base, *fields = head.split()
        attrs = attrs.split()
        base = ns[base]
        # "name?" is an optional field (ASDL `?`): CPython's class has the default None, which
        # ast.dump relies on to leave it out
        body = {f.rstrip("?"): None for f in fields + attrs if f.endswith("?")}
        fields = tuple(f.rstrip("?") for f in fields)
        body.update({"_fields": fields, "__match_args__": fields, "__module__": "ast"})
        body["_attributes"] = tuple(f.rstrip("?") for f in attrs) if attrs else base._attributes
        ns[name] = type(name, (base,), body)

_make_classes(_SPEC, globals())
AST.__module__ = "ast"
del _make_classes, _SPEC
)PY";

void initAst(PyLanguage& P, Object* module) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(module));
  FunctionProto* proto = compilePython(P, kAstSource, "<_ast>", int(::py::CompileMode::Exec));
  Rooted rp(vm, Value::cell(proto));
  runInNamespace(P, proto, asObject(rm));
}

}  // namespace dualvm::py
