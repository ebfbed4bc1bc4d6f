# Bound vs unbound methods, methods stored on instances, equality of bound methods, __func__/__self__.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other="world"):
        return "%s says hello to %s" % (self.name, other)
g = Greeter("Ann")
bound = g.hello
print(bound(), bound("Bob"), Greeter.hello(g, "Cid"), bound.__self__ is g, bound.__func__ is Greeter.hello)
print(g.hello == g.hello, g.hello is g.hello, type(bound).__name__, type(Greeter.hello).__name__)
g.hello = lambda: "instance attribute shadows method"
print(g.hello(), Greeter("Dan").hello())
del g.hello
print(g.hello())
methods = [Greeter(n).hello for n in "xyz"]
print([m("q") for m in methods])
print(list(map(Greeter.hello, [Greeter("p"), Greeter("q")])))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
f = c.inc
for _ in range(5):
    f()
print(c.n)
