# Closures capture variables (cells), nonlocal rebinding, global statements, LEGB lookup.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc()
inc(5)
print(get(), inc(), make_counter()[1]())
total = 100
def add_global(n):
    global total
    total += n
def new_global():
    global created
    created = "made"
add_global(5)
new_global()
print(total, created)
def outer():
    x = "enclosing"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
len_ = len
def shadows():
    len = lambda s: "shadowed"
    return len("abc"), len_("abc")
print(shadows())
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 42
    return [f() for f in fns]
print(late_binding())
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
unbound()
def cell_info():
    a = 1
    def f():
        return a
    return len(f.__closure__), f.__closure__[0].cell_contents
print(cell_info())
def acc():
    data = []
    def add(x):
        data.append(x)
        return data
    return add
a = acc()
a(1)
print(a(2))
x = "global"
class Scope:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.y)
def nested_nonlocal():
    n = 0
    def level1():
        def level2():
            nonlocal n
            n += 10
        level2()
        return n
    return level1()
print(nested_nonlocal())
