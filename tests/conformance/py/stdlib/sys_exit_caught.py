# SystemExit can be caught; its code attribute; exit(0)-style calls without leaving.
import sys
for arg in [0, 1, 42, "message", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print("still running")
sys.exit(0)
