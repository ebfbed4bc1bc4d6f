# Each module has its own globals: functions see their module's names; globals(), vars(m),
# m.__dict__ are live views; setattr/delattr on a module rebinds what its functions read.
x = "main-x"
import modules.nsdemo as pkg, modules.nsdemo.mod
print(pkg.mod.read_x(), x, pkg.mod.which_name(), __name__)
print(pkg.bump(), pkg.bump(), pkg.counter)
print(pkg.get_global_names())
g = globals()
g["injected"] = 42
print(injected)
def f():
    return injected + 1
print(f())
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
print(vars(pkg.mod)["x"], pkg.mod.__dict__ is vars(pkg.mod))
pkg.mod.x = "changed"
print(pkg.mod.read_x())
vars(pkg.mod)["x"] = "changed-again"
print(pkg.mod.read_x(), pkg.mod.x)
del pkg.mod.x
try:
    pkg.mod.read_x()
except NameError as e:
    print(e)
print(repr(pkg)[:30], repr(pkg.mod).endswith("mod.py'>"))
import sys, math
print(repr(sys), sys.modules["__main__"] is sys.modules[__name__], locals() is globals())
print(math.__name__, math.__spec__.name, pkg.__spec__.submodule_search_locations is not None, pkg.mod.__package__)
m = type(sys)("fresh")
print(m, m.__name__, m.__doc__)
print(__import__("modules.nsdemo.mod", fromlist=["x"]).__name__)
del injected
try:
    print(injected)
except NameError as e:
    print(e)
for i in range(3):
    total = i * 2
print(total, "total" in globals())
