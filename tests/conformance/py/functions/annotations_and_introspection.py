# Function annotations are stored (not checked); keyword args by name; callable objects.
def typed(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(typed.__annotations__)
print(typed(1), typed("not an int", b=[]))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class A:
    attr: int = 3
    other: str
print(A.__annotations__, A.attr, hasattr(A, "other"))
import inspect
def sig(a, b=2, *c, d, e=5, **f):
    pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters))
