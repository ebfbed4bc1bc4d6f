# __call__ makes instances callable; callable(); stateful function objects.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-1)))
class Memo:
    def __init__(self, f):
        self.f, self.cache, self.hits = f, {}, 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.cache[n] = self.f(n)
        return r
@Memo
def slow_sq(n):
    return n * n
print([slow_sq(i % 3) for i in range(7)], slow_sq.hits)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallViaClassAttr:
    pass
inst = CallViaClassAttr()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print("TypeError:", e)
CallViaClassAttr.__call__ = lambda self: "class attr"
print(inst())
