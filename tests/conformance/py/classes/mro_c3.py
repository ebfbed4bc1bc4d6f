# Multiple inheritance: C3 linearization printed via __mro__, cooperative super(), MRO conflicts.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()
print(Diamond().hello(), [c.__name__ for c in Diamond.__mro__])
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y(X): pass
try:
    class W(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self):
        self.log = ["Init"]
class M1(Init):
    def __init__(self):
        super().__init__()
        self.log.append("M1")
class M2(Init):
    def __init__(self):
        super().__init__()
        self.log.append("M2")
class M3(M1, M2):
    def __init__(self):
        super().__init__()
        self.log.append("M3")
print(M3().log)
