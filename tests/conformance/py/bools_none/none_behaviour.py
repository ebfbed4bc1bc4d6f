# None: singleton identity, repr, falsiness, comparisons and errors.
x = None
print(x, repr(x), str(x), x is None, x == None, x != 0, type(x).__name__)
print(bool(None), None or "default", None and 1, [None] * 3)
def f():
    pass
print(f() is None, f())
print({None: 1}[None], None in [0, None], (None,) == (None,))
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None, hash(None) == hash(None))
