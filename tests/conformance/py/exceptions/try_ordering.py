# try/except/else/finally execution order, including return/break/continue through finally.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("boom")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for k in ["ok", "raise", "return"]:
    print(k, run(k))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_overrides(), finally_swallows())
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(value_in_finally())
try:
    pass
except Exception:
    print("never")
else:
    print("else runs without exception")
