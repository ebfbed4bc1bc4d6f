# raise ... from (__cause__), implicit chaining (__context__), suppression with from None.
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
for fn in [explicit, implicit, suppressed]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e,
              type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError("first")
    except OSError as first:
        try:
            raise KeyError("second")
        except KeyError as second:
            raise IndexError("third")
except IndexError as third:
    chain = []
    e = third
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    print(" <- ".join(chain))
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
