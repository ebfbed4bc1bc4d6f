# Default values evaluated once; *args, **kwargs, keyword-only and positional-only parameters.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 0
def dflt():
    global counter
    counter += 1
    return counter
def g(a=dflt()):
    return a
print(g(), g(), counter)
def h(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(h(1, c=3), h(1, 2, 3, 4, c=5, z=6, y=7), h(a=1, c=2, b=9))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kw_only(*, key="k", flag):
    return key, flag
print(kw_only(flag=True), kw_only(flag=0, key="K"))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, *[2, 3], x=1, **{"y": 2}))
print(h.__defaults__, h.__kwdefaults__, h.__name__, h.__code__.co_argcount, pos_only.__code__.co_posonlyargcount)
def f(a, b):
    return a - b
print(f(b=1, a=10), f(10, b=1), f(*(10, 1)), f(**{"a": 10, "b": 1}))
def none_ret():
    return
print(none_ret(), (lambda: None)())
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: -1))
