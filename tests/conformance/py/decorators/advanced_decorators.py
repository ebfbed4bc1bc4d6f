# Decorators with optional arguments, on methods/classmethods, stateful decorators, and decorating classes.
import functools
def retry(_fn=None, *, times=3):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k), attempt
                except ValueError as e:
                    last = e
            return "gave up: %s" % last, times
        return wrapper
    return deco(_fn) if _fn else deco
state = {"n": 0}
@retry
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("fail %d" % state["n"])
    return "ok"
@retry(times=2)
def always_bad():
    raise ValueError("nope")
print(flaky(), always_bad(), flaky.__name__)
def log_method(fn):
    @functools.wraps(fn)
    def wrapper(self, *a):
        print("calling %s.%s%r" % (type(self).__name__, fn.__name__, a))
        return fn(self, *a)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @log_method
    def deposit(self, amt):
        self.balance += amt
        return self.balance
    @classmethod
    @functools.lru_cache(maxsize=None)
    def fee(cls, n):
        return n * 2
a = Account()
print(a.deposit(5), a.deposit(10), Account.fee(3), Account.fee(3), Account.deposit.__name__)
def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=0):
        self.v = v
print(Config(1) is Config(2), Config().v, Config.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
