# marshal: dumps/loads round trips of the marshallable types, the byte format of simple values
# (named values, so CPython flags them FLAG_REF as shared), shared references, dump/load on a
# file, versions, and the errors (code objects and other types are unmarshallable).
import io
import marshal

values = [None, True, False, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**63, 2**100, -(3**80),
          1.5, -0.0, float("inf"), 1e300, 2j, complex(1.5, -2), "", "abc", "héllo €", "x" * 300,
          "with space", b"", b"\x00\xffbytes", (), (1,), (1, "a", (2.5, None)), [], [1, [2, [3]]],
          {}, {"a": 1, 2: [3], (4,): {"n": None}}, set(), {1, 2, 3}, frozenset({"x"}),
          StopIteration, Ellipsis, tuple(range(300))]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(type(v).__name__, same, type(back).__name__, len(data) if not isinstance(v, (set, frozenset, dict)) else "")

one, big, neg, f, s, sp, b = 1, 1000, -5, 1.5, "abc", "a b", b"ab"
for v in (one, big, neg, f, s, sp, b, None, True, ...):
    print(repr(v), marshal.dumps(v))
t = (one, s)
print(marshal.dumps(t))
for version in (0, 1, 2, 3):
    print(version, marshal.dumps(big, version), marshal.dumps(s, version), marshal.dumps(f, version))
print(marshal.loads(b"i,\x01\x00\x00"), marshal.loads(b"f\x031.5"), marshal.loads(b"x\x011\x012"))
print(marshal.loads(b"\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04"), marshal.loads(b"l\xfe\xff\xff\xff\x01\x00\x01\x00"))
print(marshal.loads(b"\xfb\xda\x01a\xe9\x01\x00\x00\x000"), marshal.loads(b"\xa9\x02\xda\x01xr\x00\x00\x00\x00"))
print(marshal.loads(b"N extra bytes ignored"))

x = [1, 2]
shared = [x, x]
back = marshal.loads(marshal.dumps(shared))
print(back, back[0] is back[1])

buf = io.BytesIO()
marshal.dump({"k": [1, 2]}, buf)
marshal.dump("second", buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
print(marshal.version)

def f():
    pass
# (code objects are marshallable in CPython, not here: no CPython bytecode)
for bad in (object(), f, [1, object()], type):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
for data in (b"", b"\x99", b"i\x01", b"(\x02\x00\x00\x00N"):
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.loads("str")
except TypeError as e:
    print("TypeError", e)
nested = []
for i in range(3000):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print("ValueError", e)
