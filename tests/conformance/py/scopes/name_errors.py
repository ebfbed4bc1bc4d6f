# NameError and UnboundLocalError messages; del of names; builtins shadowing at module level.
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
v = 1
del v
try:
    v
except NameError as e:
    print("NameError:", e)
def f():
    print(w)
    w = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    del zz
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
print = print
list = [1, 2]
print(list)
del list
print(list("ab"))
import builtins
print(builtins.len("four"), hasattr(builtins, "open"))
