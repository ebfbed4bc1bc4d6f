# Global and builtin name lookups stay right when what they resolve to changes after a function
# has already run them (the interpreter caches them): a module global shadowing a builtin, a
# builtin replaced or added through the builtins module, a module with many globals (more than
# fit a plain shape), deleted globals, and a module whose globals() dict is taken later.
import builtins

def size(x):
    return len(x)

print(size([1, 2, 3]))
len = lambda x: "shadowed"
print(size([1, 2, 3]))
del len
print(size([1, 2]))

orig_len = builtins.len
builtins.len = lambda x: "patched"
print(size("abc"))
builtins.len = orig_len
print(size("abcd"))

def use_new():
    try:
        return brand_new_builtin
    except NameError as e:
        return str(e)

print(use_new())
builtins.brand_new_builtin = 42
print(use_new())
brand_new_builtin = "module wins"
print(use_new())
del brand_new_builtin
print(use_new())
del builtins.brand_new_builtin
print(use_new())

# more than 64 module globals
for i in range(80):
    globals()["g%d" % i] = i

def read_many():
    return g0 + g10 + g79

print(read_many())
g10 = 1000
print(read_many())

def shadow_abs():
    return abs(-5)

print(shadow_abs())
abs = lambda x: "module abs"
print(shadow_abs())
del abs
print(shadow_abs())

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(5):
    bump()
print(counter)
globals()["counter"] = 100
print(bump())
del counter
try:
    bump()
except NameError as e:
    print(e)
counter = -1
print(bump())

# exec in a dict namespace
ns = {}
exec("def f():\n    return len('xy') + k\nk = 1\n", ns)
print(ns["f"]())
ns["k"] = 10
print(ns["f"]())
ns["len"] = lambda s: 100
print(ns["f"]())
