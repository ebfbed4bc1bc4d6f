# Decorator application order vs call order, decorators on methods returning descriptors, __wrapped__ chains.
import functools
order = []
def mark(name):
    order.append("define " + name)
    def deco(fn):
        order.append("apply " + name)
        @functools.wraps(fn)
        def wrapper(*a, **k):
            order.append("call " + name)
            return fn(*a, **k)
        return wrapper
    return deco
@mark("outer")
@mark("middle")
@mark("inner")
def work():
    order.append("work body")
    return "result"
print(order)
order.clear()
print(work(), order)
print(work.__name__, work.__wrapped__.__name__, work.__wrapped__.__wrapped__.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
class Service:
    @staticmethod
    @mark("static")
    def ping():
        return "pong"
    @property
    @mark("prop")
    def value(self):
        return 7
order.clear()
print(Service.ping(), Service().value, order)
def noop_decorator(fn):
    return fn
@noop_decorator
def same():
    return "same object"
print(same(), noop_decorator(same) is same)
