# Bare raise re-raises, except with tuples, exception variable cleared after except block.
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("got", repr(e))
for exc in [ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError("z")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("tuple-1", type(e).__name__)
    except (LookupError, ArithmeticError) as e:
        print("tuple-2", type(e).__name__)
try:
    raise ValueError("scoped")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print("class raised ->", repr(e), e.args)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raised same object:", e2)
excs = (KeyError, IndexError)
try:
    [][0]
except excs as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
import sys
try:
    raise OSError(2, "No such file")
except OSError:
    info = sys.exc_info()
    print(info[0].__name__, info[1], info[1].errno, info[1].strerror)
print(sys.exc_info())
