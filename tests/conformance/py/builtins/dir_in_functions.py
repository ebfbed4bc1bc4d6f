# dir() without arguments lists the current scope's names, sorted: a function's locals (parameters,
# cells, free variables), a class body's namespace, the module's globals; a local `dir` wins.
def with_locals(x, y=2, *rest, **kw):
    z = x + y
    return dir()
print(with_locals(1))
def empty():
    return dir()
print(empty())
def outer():
    captured = 1
    def inner():
        w = captured
        return dir()
    return inner(), dir()
print(outer())
class K:
    attr = 1
    def method(self):
        return dir()
    names = dir()
print(K.names, K().method())
print([n for n in dir() if not n.startswith("__")])
def shadow():
    dir = lambda: "local dir"
    return dir()
print(shadow())
print(dir(1)[:3], "append" in dir([]))
