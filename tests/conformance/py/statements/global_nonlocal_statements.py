# global and nonlocal statements in various placements: loops, nested functions, conditional assignment, del.
counter = 0
def bump(times):
    global counter
    for _ in range(times):
        counter += 1
    return counter
print(bump(3), bump(2), counter)
def define_later():
    global late
    if True:
        late = "assigned in branch"
define_later()
print(late)
def remove_global():
    global late
    del late
remove_global()
print("late" in globals())
def outer():
    a = 1
    b = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a *= 2
            b = "rebound"
        inner()
        return a
    r = mid()
    return r, a, b
print(outer())
def loop_closures():
    fns = []
    total = 0
    for i in range(3):
        def add(n=i):
            nonlocal total
            total += n
            return total
        fns.append(add)
    return [f() for f in fns], total
print(loop_closures())
x = "module x"
def reads_global():
    return x
def shadows_global():
    x = "local x"
    return x
print(reads_global(), shadows_global(), x)
