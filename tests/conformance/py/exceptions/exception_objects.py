# Exception objects: args, str/repr with 0/1/n args, with_traceback, attributes on OSError/KeyError/StopIteration.
for e in [Exception(), Exception("one"), Exception("a", 1), ValueError(""), KeyError("k"), KeyError(), KeyError(1, 2)]:
    print(repr(e), "|" + str(e) + "|", e.args)
e = OSError(13, "Permission denied", "file.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
fnf = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(fnf), isinstance(fnf, OSError))
si = StopIteration(42)
print(si.value, si.args)
se = SystemExit(3)
print(se.code, repr(se))
try:
    raise ValueError("with tb")
except ValueError as ex:
    print(ex.__traceback__ is not None, type(ex.__traceback__).__name__, ex.__traceback__.tb_lineno)
class E(Exception):
    pass
x = E("m")
x.extra = [1]
print(x.extra, x.args, str(x))
ae = AttributeError("msg", name="attr", obj=None)
print(ae.name, str(ae))
ne = NameError("msg", name="nm")
print(ne.name)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.start, u.end, u.reason, u.encoding, str(u))
