# finally with break/continue/return in loops, exception replaced by return, nested finally order.
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_finally())
def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally_swallows())
def ordering():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(ordering())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
gf = gen_finally()
for v in gf:
    print("got", v)
    break
print("loop done; closing explicitly")
gf.close()
def count_finally(n):
    done = 0
    while n:
        try:
            n -= 1
            if n % 2:
                continue
        finally:
            done += 1
    return done
print(count_finally(7))
