# Several closures sharing one cell; cells created per call; closures over loop variables via factories.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g1, s1 = make_pair()
g2, s2 = make_pair()
s1(10)
print(g1(), g2(), g1.__closure__[0] is s1.__closure__[0], g1.__closure__[0] is g2.__closure__[0])
def factories():
    out = []
    for i in range(3):
        def make(j):
            return lambda: j * 10
        out.append(make(i))
    return [f() for f in out]
print(factories())
def counter_gen():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    while True:
        yield incr()
cg = counter_gen()
print([next(cg) for _ in range(4)])
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
adders = {}
for name, n in [("one", 1), ("ten", 10)]:
    adders[name] = (lambda n: lambda x: x + n)(n)
print(adders["one"](5), adders["ten"](5))
