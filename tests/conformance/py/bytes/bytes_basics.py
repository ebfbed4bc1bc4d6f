# bytes literals, indexing (ints), slicing, methods and repr.
b = b"Hello, \x00\xff World"
print(b, len(b), b[0], b[-1], b[7:9], b[::-1][:5], list(b[:5]), type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"))
print(b"abc".hex(), b"abc".hex("-"), b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"a,b,c".split(b","), b"  x  ".strip(), b"abc".upper(), b"ABC".lower(), b"x".join([b"1", b"2", b"3"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc" < b"abd", b"abc" == b"abc", b"" < b"\x00", b"a" == "a")
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), b"\x7f\x80")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"abc".decode(), b"12".isdigit(), b"ab".isalpha(), b"abc".center(7, b"*"), b"a b".title())
print(list(iter(b"hi")), bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"))
