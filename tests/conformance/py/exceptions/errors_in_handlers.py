# Exceptions raised inside except/finally blocks; deep unwinding through finally.
def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")
try:
    handler_raises()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise KeyError("from finally")
try:
    finally_raises()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
results = []
for v in ["1", "x", "3", None, "0"]:
    try:
        results.append(10 // int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
    except ZeroDivisionError:
        results.append("div0")
print(results)
