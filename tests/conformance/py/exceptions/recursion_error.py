# Deep recursion raises RecursionError (a RuntimeError) which can be caught and recovered from.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def count_depth():
    depth = 0
    def rec():
        nonlocal depth
        depth += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return depth
d = count_depth()
print(d > 100, d <= sys.getrecursionlimit())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("repr recursion caught")
def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print(still_works(200))
