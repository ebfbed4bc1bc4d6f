# Generator functions: lazy evaluation, state across yields, return ends iteration, generator objects.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = count_up(2)
print(type(g).__name__, "created")
for v in g:
    print("got", v)
print(list(g))
def with_return():
    yield 1
    return "result"
    yield 2
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("StopIteration value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
print(list(squares(evens(range(10)))), sum(squares(range(4))))
def empty():
    return
    yield
print(list(empty()), list(x for x in []))
gen = (i for i in range(3))
print(gen.__name__, next(gen), list(gen))
def gen_state():
    yield
print(__import__("inspect").getgeneratorstate(gen_state()))
