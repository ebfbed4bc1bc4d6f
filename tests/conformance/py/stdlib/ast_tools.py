# ast.walk, NodeVisitor/NodeTransformer, ast.unparse round trip, ast.literal_eval and
# compile() of a node tree, on trees ast.parse builds.
import ast

SRC = """
import os
def f(a, b=2, *c, d, **e):
    return g(a) + h(b, key=d)[1:2]
class K(Base):
    x: int = 0
    def m(self):
        yield from (i * 2 for i in range(3) if i)
for i in f(1, d=2):
    print(f"{i!r:>4}", sep="")
with open(p) as fh:
    pass
"""
tree = ast.parse(SRC)
print(type(tree.body[1]).__name__, tree.body[1].lineno, tree.body[1].end_lineno)
# walk and visitors
names = sorted({x.id for x in ast.walk(tree) if isinstance(x, ast.Name)})
print(len(names), names[:12])
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items())[:20])

class V(ast.NodeVisitor):
    def __init__(self): self.calls = []
    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)
v = V(); v.visit(tree); print(v.calls)

class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = T().visit(ast.parse("print(1 + 2, 'x')"))
print(ast.unparse(t2))
exec(compile(ast.fix_missing_locations(t2), "<t>", "exec"))
print(eval(compile(ast.parse("3 * 7", mode="eval"), "<e>", "eval")))

# unparse round trip
print(ast.unparse(tree))
print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))

# literal_eval
for s in ["1", "-2.5", "[1, (2, 3), {'a': {4}}]", "b'x'", "1+2j", "None", "{'a': [True, False]}", "set()"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x + 1", "f()", "[1, 2"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

