# exec(src)/eval(src) with no dicts inside a function see the caller's globals and a snapshot of its
# locals (bindings exec makes there are not seen afterwards); in a class body, the namespace.
g = 'G'
def f():
    a = 5
    print(eval("a + 1"), eval("g"))
    exec("print(a * 2, g)")
    exec("b = a + 1; print('b', b)")
    try:
        print(b)
    except NameError as e:
        print('NameError', e)
    exec("def h(): return g\nprint(h())")
    def inner():
        return a
    exec("print(inner(), a)")
f()
class K:
    x = 1
    exec("y = x + 1")
print(K.y)
