# object(), globals/locals, eval/exec basics, slice(), frozenset(), bool(), input-free builtins.
o = object()
print(type(o).__name__, o == o, o != object())
x = 10
def f():
    y = 5
    return sorted(locals())
print(f(), "x" in globals(), globals()["x"])
print(eval("x * 2 + 1"), eval("a + b", {"a": 1, "b": 2}), eval("[i for i in range(3)]"))
ns = {}
exec("def g(n):\n    return n * 3\nresult = g(4)", ns)
print(ns["result"], ns["g"](2))
exec("z = 99")
print(z)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(bool(), list(), tuple(), dict(), set(), str(), frozenset(), int(), float(), bytes(), bytearray())
print(list(map(bool, [0, 1, "", "x"])), isinstance(NotImplemented, object), Ellipsis, ...)
print(round(0.1 + 0.2, 10) == 0.3, divmod(7, 2), sorted({3: 1, 1: 2}.items()))
