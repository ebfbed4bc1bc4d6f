# ast.parse builds CPython's node objects: ast.dump of a program with every statement and
# expression kind, positions (UTF-8 byte columns), parse modes, errors. (ast_tools.py: walk,
# visitors, unparse, literal_eval, compile() of a tree.)
import ast

SRC = '''
"""doc"""
from __future__ import annotations
import os.path as osp, sys
from ..pkg import (a as b, c)
from . import *
x: int = 1
y: list[int]
a = b = 3
a += 1; del a
t, *rest = [1, 2, 3]
d = {'k': 1, **{}}
s = {1, 2}
lc = [i * 2 for i in range(3) if i if not i]
sc = {i for i in 'ab'}
dc = {k: v for k, v in d.items()}
ge = (i async for i in x)
v = a if b else c
w = lambda p, /, q=1, *r, k, m=2, **kw: p
z = f"{x!r:>{10}} and {y=}"
by = b'\\x00bytes' if u'uni' else 0x_ff_ff_ff_ff_ff_ff_ff_ff_ff + 1.5e300 + 3j
q = x[1:2, ::3, ...]
n = -x ** ~y // 2 @ m << 1 >> 2 & 3 | 4 ^ 5 % 6
c = 1 < x <= 2 != 3 is not None in [] not in ()
b = x and y or not z
(walrus := 10)
async def af(a: int = 1, *args: str, **kw) -> None:
    await x
    async with a as (b, c), d:
        yield
    async for i in y:
        yield from z
    global g
    def inner():
        nonlocal a
@deco(1)
class C(Base, metaclass=M, **kw):
    def m(self): return super().m()
while x:
    break
else:
    continue
for i in range(3):
    pass
else:
    pass
if a:
    pass
elif b:
    pass
else:
    raise E from e
try:
    pass
except (A, B) as e:
    pass
except:
    raise
else:
    pass
finally:
    assert x, "msg"
try:
    pass
except* ValueError:
    pass
with open(f) as fh, g():
    pass
match cmd:
    case [1, 2, *rest] if rest:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=_) | None | True:
        pass
    case (a as b) | -1 | 1 + 2j | "s" | mod.CONST:
        pass
    case []:
        pass
    case _:
        pass
'''

tree = ast.parse(SRC)
print(ast.dump(tree))
print(ast.dump(tree.body[19], include_attributes=True))
print(ast.dump(tree.body[-1], include_attributes=True, indent=1)[:1500])
print(ast.dump(ast.parse("é = 'ü' + x  # c\nyé", mode="exec"), include_attributes=True))
print(ast.dump(ast.parse("1 +\\\n  2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(compile("a.b[c] = d", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))

# node objects
n = tree.body[6]
print(type(n).__name__, n._fields, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, n.simple)
print(isinstance(n, ast.stmt), isinstance(n.target, ast.expr), type(n.target.ctx).__name__)
fd = [s for s in tree.body if isinstance(s, ast.AsyncFunctionDef)][0]
print(fd.name, fd.returns.value, fd.type_comment, [a.arg for a in fd.args.args], fd.args.vararg.arg)
print(ast.get_docstring(tree), ast.get_source_segment(SRC, tree.body[-2].items[0].context_expr))

# errors
try:
    ast.parse("def f(:\n pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(ast.dump(ast.parse("return 1")))
