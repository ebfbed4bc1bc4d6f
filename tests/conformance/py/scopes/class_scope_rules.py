# Class scope is not an enclosing scope for methods; comprehensions in class bodies; __class__ cell; nonlocal in class methods.
x = "module"
class A:
    x = "class"
    def m(self):
        return x
    lam = lambda self: x
    xs = [x for _ in range(2)]
    first = x
print(A().m(), A().lam(), A.xs, A.first)
def outer():
    y = "enclosing"
    class B:
        y = "class-level"
        def get(self):
            return y
        z = y
    return B().get(), B.z
print(outer())
class C:
    def who(self):
        return __class__.__name__
class D(C):
    pass
print(D().who())
def make_counter_class():
    count = 0
    class K:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return K
K = make_counter_class()
k1, k2 = K(), K()
print(k1.inc(), k2.inc(), k1.inc())
class E:
    v = 1
    v = v + 1
    def f(self, v=v):
        return v
print(E().f(), E.v)
