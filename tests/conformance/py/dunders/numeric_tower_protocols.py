# __abs__, __neg__, __round__, __divmod__/__rdivmod__, __pow__ with modulo, __bool__ via numbers, __index__ in ranges.
class Mod7:
    def __init__(self, v):
        self.v = v % 7
    def __repr__(self):
        return "Mod7(%d)" % self.v
    def __add__(self, o):
        return Mod7(self.v + (o.v if isinstance(o, Mod7) else o))
    __radd__ = __add__
    def __mul__(self, o):
        return Mod7(self.v * (o.v if isinstance(o, Mod7) else o))
    __rmul__ = __mul__
    def __pow__(self, k, mod=None):
        return Mod7(pow(self.v, k, 7))
    def __neg__(self):
        return Mod7(-self.v)
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __bool__(self):
        return self.v != 0
    def __eq__(self, o):
        return isinstance(o, Mod7) and self.v == o.v
    def __hash__(self):
        return self.v
    def __index__(self):
        return self.v
a = Mod7(5)
print(a + 4, 4 + a, a * 3, 3 * a, a ** 2, pow(a, 3), -a, divmod(a, 2), divmod(2, a), bool(Mod7(14)), bool(a))
print(sum([Mod7(3), Mod7(5), Mod7(6)]), sum([Mod7(3)], Mod7(0)), list(range(a)), [0, 1, 2, 3, 4, 5, 6][a], {Mod7(1), Mod7(8)})
print([Mod7(3) ** k for k in range(7)], hex(a))
