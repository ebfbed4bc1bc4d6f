# Decorators: simple, with arguments, stacked (order of application), functools.wraps.
import functools
log = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.append(("call", fn.__name__, args))
        result = fn(*args, **kwargs)
        log.append(("ret", fn.__name__, result))
        return result
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    print("applying", name)
    return deco
@trace
def add(a, b):
    """Adds."""
    return a + b
@repeat(3)
def hello(n):
    return "hi%d" % n
@tag("b")
@tag("i")
def text(s):
    return s
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(5, 5), log)
print(hello(7), text("x"))
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def alpha():
    return "A"
@register(reg)
def beta():
    return "B"
print(sorted(reg), reg["beta"](), alpha())
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.count, sq.__name__)
def deco_class(cls):
    cls.extra = "added"
    return cls
@deco_class
class Thing:
    pass
print(Thing.extra)
@(lambda f: lambda *a: f(*a) * 2)
def doubled(x):
    return x + 1
print(doubled(4))
