# exec/eval/compile with dict globals, separate locals, code objects; SyntaxError from source.
ns = {"a": 2}
exec("b = a * 10\ndef h():\n    return b + a\n", ns)
print(ns["b"], ns["h"](), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
x = "main"
print(eval("a + b", ns), eval("x"), eval("x", {"x": 5}), eval("y", {}, {"y": 7}), eval("  1 + 1"))
loc = {}
exec("def mk(n):\n    return n + k\n", {"k": 100}, loc)
print(loc["mk"](1), list(loc))
code = compile("z = 3 + 4", "<test>", "exec")
d1, d2 = {}, {"z": 0}
exec(code, d1)
exec(code, d2)
print(d1["z"], d2["z"], type(code).__name__)
e = compile("6 * 7", "<e>", "eval")
print(eval(e), eval(e, {}))
exec("counter = 1")
counter += 1
print(counter)
def in_function():
    exec("global from_fn\nfrom_fn = 'set'")
in_function()
print(from_fn)
for src in ["1 +", "def f(:\n  pass", "  x = 1"]:
    try:
        exec(src)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno)
try:
    exec(42)
except TypeError as err:
    print(err)
try:
    eval("1", [])
except TypeError as err:
    print(err)
print(eval("__name__"), eval("__name__", {"__name__": "other"}))
