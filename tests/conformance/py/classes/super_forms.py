# super() forms: zero-arg, two-arg, in classmethods, unbound via class, super in properties.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @property
    def p(self):
        return "A.p"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def p(self):
        return "B.p>" + super().p
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
    def both(self):
        return super(C, self).who(), super(B, self).who()
c = C()
print(c.who(), B().who(), C.make(), B.make(), c.p, c.both())
print(super(C, c).who(), super(B, C).make(), A.who(c))
class Meta:
    def __init__(self):
        self.sup = super()
    def __repr__(self):
        return "Meta()"
m = Meta()
print(type(m.sup).__name__, repr(super(A, c)).startswith("<super"))
def outside(self):
    return "outside"
try:
    class D(A):
        def f(self):
            s = lambda: super().who()
            return s()
    print(D().f())
except RuntimeError as e:
    print("RuntimeError:", e)
