// Parser tests: each source's AST dump must equal CPython 3.11's `ast.dump(ast.parse(src))`
// (the expected strings were produced by CPython 3.11.7 and pasted here). Covers precedence,
// every statement kind, comprehensions, f-strings, numbers, string prefixes and escapes,
// match statements, decorators and Unicode (NFKC) identifiers.
#include <catch.hpp>

#include "frontends/python/ast_dump.h"
#include "frontends/python/parser.h"
#include "frontends/python/symtable.h"

namespace {

struct Case {
    const char* source;
    const char* expected;
};

const Case kCases[] = {
    {R"PY(x = a or b and not c)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])]))], type_ignores=[]))PY"},
    {R"PY(x = a < b <= c != d)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(x = a | b ^ c & d << e + f * g ** -h ** i)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()), op=Mult(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='h', ctx=Load()), op=Pow(), right=Name(id='i', ctx=Load())))))))))))], type_ignores=[]))PY"},
    {R"PY(x = -a ** b)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=Name(id='b', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = await_ = lambda a, *b, c=1, **d: a if b else c)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='await_', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], vararg=arg(arg='b'), kwonlyargs=[arg(arg='c')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='d'), defaults=[]), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = a[1:2, ::3, ...])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(f(a, *b, c=d, **e))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[]))PY"},
    {R"PY(f(x for x in y))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(x = [i * j for i in a if i for j in b if j > 0])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=BinOp(left=Name(id='i', ctx=Load()), op=Mult(), right=Name(id='j', ctx=Load())), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[Name(id='i', ctx=Load())], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Compare(left=Name(id='j', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)])], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY(x = {k: v for k, v in d.items()})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY(x = {1, 2, *s})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='s', ctx=Load()), ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(x = {**a, 'b': 1})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[]))PY"},
    {R"PY(a, *b = c)PY",
     R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a = b = c)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x += 1)PY",
     R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x: 'int' = 5)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Constant(value='int'), value=Constant(value=5), simple=1)], type_ignores=[]))PY"},
    {R"PY((y := 10))PY",
     R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=10)))], type_ignores=[]))PY"},
    {R"PY(del a[0], b.c)PY",
     R"PY(Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(x = 123456789012345678901234567890 + 0xFFFF_FFFF_FFFF_FFFF_FFFF + 0o777 + 0b1010 + 1_000_000)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=123456789012345678901234567890), op=Add(), right=Constant(value=1208925819614629174706175)), op=Add(), right=Constant(value=511)), op=Add(), right=Constant(value=10)), op=Add(), right=Constant(value=1000000)))], type_ignores=[]))PY"},
    {R"PY(x = 1.5e-10 + 3j + 1e16 + 0.0001 + 1e22 + .5)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5e-10), op=Add(), right=Constant(value=3j)), op=Add(), right=Constant(value=1e+16)), op=Add(), right=Constant(value=0.0001)), op=Add(), right=Constant(value=1e+22)), op=Add(), right=Constant(value=0.5)))], type_ignores=[]))PY"},
    {R"PY(x = 'a' 'b' r'\n' u'c')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab\\nc'))], type_ignores=[]))PY"},
    {R"PY(x = b'\x00\xff' rb'\d')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\x00\xff\\d'))], type_ignores=[]))PY"},
    {R"PY(x = '\N{GREEK SMALL LETTER ALPHA}\u00e9\U0001F600\x41\101\n')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='αé😀AA\n'))], type_ignores=[]))PY"},
    {R"PY(x = f'{a!r:>{width}} {b=} {{c}} {d:%Y-%m-%d}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)])), Constant(value=' b='), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114), Constant(value=' {c} '), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[]))PY"},
    {R"PY(x = f'{x = !s:10}' f'abc' 'def')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='10')])), Constant(value='abcdef')]))], type_ignores=[]))PY"},
    {R"PY(x = f'''{
 a
 + b}''')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(x = rf'\d{a}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\d'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(x = f'{a["k"]}{b!a}{c:{d}.{e}}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=97), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='e', ctx=Load()), conversion=-1)]))]))], type_ignores=[]))PY"},
    {R"PY(x = f'{f"{1}"}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Constant(value=1), conversion=-1)]), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(x = f'{3.14:.2f}' F'{x:{""}}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')])), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value=''), conversion=-1)]))]))], type_ignores=[]))PY"},
    {R"PY(def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(async def f():
    async for x in y:
        await z
    async with a as (b, c):
        pass)PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(@d1
@d2(x)
class C(B, metaclass=M):
    x: int
    def m(self): return super().m())PY",
     R"PY(Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Call(func=Attribute(value=Call(func=Name(id='super', ctx=Load()), args=[], keywords=[]), attr='m', ctx=Load()), args=[], keywords=[]))], decorator_list=[])], decorator_list=[Name(id='d1', ctx=Load()), Call(func=Name(id='d2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except* E as e:
    pass)PY",
     R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(match p:
    case [1, *rest]:
        pass
    case {'a': x, **kw}:
        pass
    case Point(x=0) | None as q:
        pass
    case -1+2j | 'x' | a.b:
        pass
    case _:
        pass)PY",
     R"PY(Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchAs(name='x')], rest='kw'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), MatchSingleton(value=None)]), name='q'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='x')), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(with (open(a) as f, open(b) as g):
    pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a, b):
    pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(global x, y
nonlocal_ = 1)PY",
     R"PY(Module(body=[Global(names=['x', 'y']), Assign(targets=[Name(id='nonlocal_', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(from ..a.b import (c as d, e)
import x.y as z)PY",
     R"PY(Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=2), Import(names=[alias(name='x.y', asname='z')])], type_ignores=[]))PY"},
    {R"PY(if a:
    pass
elif b:
    pass
else:
    pass)PY",
     R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(while x:
    break
else:
    continue_ = 1)PY",
     R"PY(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Assign(targets=[Name(id='continue_', ctx=Store())], value=Constant(value=1))])], type_ignores=[]))PY"},
    {R"PY(raise E from c)PY",
     R"PY(Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(assert x, 'msg')PY",
     R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[]))PY"},
    {R"PY(print(*a, sep=''))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[]))PY"},
    {R"PY(x = yield_ = (yield))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='yield_', ctx=Store())], value=Yield())], type_ignores=[]))PY"},
    {R"PY(lambda: (yield))PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[]))PY"},
    {R"PY(x = a if b else c if d else e)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = not a in b is not c not in d)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[In(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])))], type_ignores=[]))PY"},
    {R"PY(x = ~a + +b - -c)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=USub(), operand=Name(id='c', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = a.b.c(d)[e](f))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(x = (a, b), [c, d], (), [], {})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), List(elts=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())], ctx=Load()), Tuple(elts=[], ctx=Load()), List(elts=[], ctx=Load()), Dict(keys=[], values=[])], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = (1,))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(for x, in y: pass)PY",
     R"PY(Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(for (a, b), c in d: pass)PY",
     R"PY(Module(body=[For(target=Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(x = [*a, *b])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(f(**{'a': 1}))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))]))], type_ignores=[]))PY"},
    {R"PY(x = ...)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[]))PY"},
    {R"PY(x = None, True, False)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(ℌ = ﬁ = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='H', ctx=Store()), Name(id='fi', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
};

std::string dumpOneLine(const std::string& src) {
    py::ParseOptions opt;
    opt.compileChecks = false;  // like ast.parse()
    auto m = py::parse(src, opt);
    py::DumpOptions d;
    d.indent = -1;
    return py::dumpAst(*m, d);
}

}  // namespace

TEST_CASE("parser: AST matches CPython's ast.dump", "[py][parser]") {
    for (const Case& c : kCases) {
        INFO("source: " << c.source);
        CHECK(dumpOneLine(c.source) == c.expected);
    }
}

TEST_CASE("parser: positions follow CPython (1-based lines, 0-based byte columns)", "[py][parser]") {
    auto m = py::parse("x = (a +\n     b)\nif y:\n    z\n");
    REQUIRE(m->body.size() == 2);
    const py::ast::Stmt* assign = m->body[0];
    CHECK(assign->pos.lineno == 1);
    CHECK(assign->pos.col_offset == 0);
    CHECK(assign->pos.end_lineno == 2);
    CHECK(assign->pos.end_col_offset == 7);
    const py::ast::Expr* value = assign->as<py::ast::Assign>()->value;
    CHECK(value->pos.col_offset == 5);  // the BinOp starts at `a`, inside the parentheses
    const py::ast::Stmt* ifs = m->body[1];
    CHECK(ifs->pos.end_lineno == 4);    // a block ends at its last statement
    CHECK(ifs->pos.end_col_offset == 5);
}

TEST_CASE("parser: big integers keep their digits", "[py][parser]") {
    auto m = py::parse("x = 0x_dead_beef_dead_beef_dead_beef\ny = 42\n");
    auto* big = m->body[0]->as<py::ast::Assign>()->value->as<py::ast::Constant>();
    CHECK(big->value_kind == py::ast::ConstantKind::Int);
    CHECK(big->intBase == 16);
    CHECK(big->intDigits == "deadbeefdeadbeefdeadbeef");
    CHECK_FALSE(big->intFits64);
    CHECK(py::intConstantToDecimal(*big) == "68915718021581205938132336367");
    auto* small = m->body[1]->as<py::ast::Assign>()->value->as<py::ast::Constant>();
    CHECK(small->intFits64);
    CHECK(small->intValue == 42);
}

TEST_CASE("parser: eval and single modes", "[py][parser]") {
    py::ParseOptions opt;
    opt.mode = py::ast::ParseMode::Eval;
    auto e = py::parse("1 + 2\n", opt);
    REQUIRE(e->expression != nullptr);
    CHECK(py::dumpAst(*e, {-1, false}) ==
          "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
    opt.mode = py::ast::ParseMode::Single;
    auto s = py::parse("if x:\n    y\n\n", opt);
    CHECK(s->body.size() == 1);
    CHECK_THROWS_AS(py::parse("x = 1\ny = 2\n", opt), py::SyntaxErrorInfo);
}

TEST_CASE("parser: deep nesting is an error, not a crash", "[py][parser]") {
    std::string deep(5000, '(');
    deep += "1" + std::string(5000, ')') + "\n";
    CHECK_THROWS_AS(py::parse(deep), py::SyntaxErrorInfo);
    std::string unary(100000, '-');
    unary += "1\n";
    CHECK_THROWS_AS(py::parse(unary), py::SyntaxErrorInfo);
    std::string nots;
    for (int i = 0; i < 50000; ++i) nots += "not ";
    nots += "x\n";
    CHECK_THROWS_AS(py::parse(nots), py::SyntaxErrorInfo);
    std::string lambdas;
    for (int i = 0; i < 50000; ++i) lambdas += "lambda: ";
    lambdas += "x\n";
    CHECK_THROWS_AS(py::parse(lambdas), py::SyntaxErrorInfo);
    std::string power = "x = ";
    for (int i = 0; i < 100000; ++i) power += "2**";
    power += "2\n";
    CHECK_THROWS_AS(py::parse(power), py::SyntaxErrorInfo);
    std::string elifs = "if x: pass\n";
    for (int i = 0; i < 100000; ++i) elifs += "elif x: pass\n";
    CHECK_THROWS_AS(py::parse(elifs), py::SyntaxErrorInfo);
}

TEST_CASE("parser + symtable: long operator chains are a RecursionError, not a crash", "[py][parser]") {
    // The parser builds left-associative chains iteratively; the symbol table refuses trees
    // deeper than CPython's compiler would (3000 levels), so no later pass overflows the stack.
    std::string chain = "x = a";
    for (int i = 0; i < 100000; ++i) chain += " + a";
    chain += "\n";
    auto m = py::parse(chain);
    try {
        py::buildSymbolTable(*m);
        FAIL("no error");
    } catch (const py::SyntaxErrorInfo& e) {
        CHECK(e.type == "RecursionError");
        CHECK(e.message == "maximum recursion depth exceeded during compilation");
    }
    std::string dump = py::dumpAst(*m, {-1, false});  // elided, not overflowing
    CHECK(dump.find("...") != std::string::npos);
    std::string attrs = "x";
    for (int i = 0; i < 100000; ++i) attrs += ".a";
    attrs += "\n";
    auto m2 = py::parse(attrs);
    CHECK_THROWS_AS(py::buildSymbolTable(*m2), py::SyntaxErrorInfo);
}

TEST_CASE("parser: incomplete input for a REPL", "[py][parser]") {
    auto incomplete = [](const std::string& src) {
        py::ParseOptions opt;
        opt.mode = py::ast::ParseMode::Single;
        try {
            py::parse(src, opt);
            return false;
        } catch (const py::SyntaxErrorInfo& e) {
            return py::isIncompleteInput(e, src);
        }
    };
    CHECK(incomplete("x = (1,\n"));
    CHECK(incomplete("s = \"\"\"abc\n"));
    CHECK(incomplete("if x:\n"));
    CHECK(incomplete("def f():\n"));
    CHECK(incomplete("x = 1 + \\\n"));
    CHECK(incomplete("x = 1 +"));
    CHECK(incomplete("@dec"));
    CHECK_FALSE(incomplete("x = 1 + + )"));
    CHECK_FALSE(incomplete("x = )\n"));
    CHECK_FALSE(incomplete("if x:\ny\n"));
    CHECK_FALSE(incomplete("x = 1\n"));
}
