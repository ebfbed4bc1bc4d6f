# yield from: delegation, return value propagation, send/throw forwarding, flattening.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-done"
o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(list(o))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain("ab", range(2), (x * 2 for x in [5]))))
def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught in subgen"
def delegator():
    yield from catcher()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n
def total(n):
    s = yield from tree(n)
    yield "sum=%d" % s
print(list(total(4)))
