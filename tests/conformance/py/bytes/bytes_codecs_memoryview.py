# bytes/bytearray/memoryview: literals, methods, codecs with error handlers, int.to_bytes/from_bytes, errors.
b = b"Hello, \x00\xff World"
print(b, b.hex(), b[1], b[-1], b[1:4], b[::3], len(b), list(b[:3]))
print(bytes(3), bytes([1, 2]), bytes(b"x"), bytes("héllo", "utf-8"), "héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
except ValueError as e:
    print("ValueError:", type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[0] = 65; ba += b"de"; ba.extend([70]); ba.append(71)
print(ba, ba.pop(), ba, len(ba), ba[1:3], ba.upper(), bytes(ba), ba == b"ABcdeF"[:0] + b"AbcdeF")
print(b"a" * 3, 3 * b"ab", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"%d-%s" % (5, b"x"))
print(b"x,y".split(b","), b" a b ".split(), b"a-b-c".rsplit(b"-", 1), b"  q ".strip(), b"q".join([b"1", b"2"]))
print(sorted([b"b", b"a"]), b"ab" < b"b", b"a" == bytearray(b"a"), b"a" == "a", hash(b"ab") == hash(bytes(bytearray(b"ab"))))
print(bytes.fromhex("0a0b"), bytearray.fromhex("ff"), b"\x01\x02".hex(":"), (258).to_bytes(2, "big"), int.from_bytes(b"\x01\x02", "little"))
mv = memoryview(bytearray(b"abcd"))
mv[0] = 122
print(mv[1], bytes(mv[1:3]), mv.tobytes(), mv.tolist(), len(mv), mv.readonly, mv == b"zbcd")
for bad in [lambda: b"a"[5], lambda: bytes([300]), lambda: b"a" + "b", lambda: bytearray(b"a").__setitem__(0, 999), lambda: b"a".index(b"z")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(b'\''), repr(b'"'), repr(b'\'"'), bytearray(), b"".join([]))
for data, enc in [(b"\xe9A", "utf-8"), (b"\xe9\x80A", "utf-8"), (b"\xc0\x80", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"), (b"a\x00b", "utf-16"), (b"\xff\xfea\x00", "utf-16"), (b"\x00a", "utf-16-be"), (b"a", "utf-16-le")]:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print("UDE", e)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "backslashreplace")))
print("a\udcffb".encode("utf-8", "surrogateescape"), b"a\xffb".decode("utf-8", "surrogateescape") == "a\udcffb")
print("héllo €".encode("utf-16"), "héllo".encode("utf-32"), "x".encode("UTF8"), "x".encode("Latin_1"))
try:
    "x".encode("bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
