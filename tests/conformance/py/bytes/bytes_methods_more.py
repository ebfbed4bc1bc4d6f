# More bytes methods: split/partition/strip variants, translate, hex/fromhex, startswith tuples, count/replace, isX predicates.
b = b"  key=value; other=thing  "
print(b.strip().split(b";"), b.strip().partition(b"="), b.rpartition(b"="), b.lstrip(), b.rstrip(b" g"))
print(b"a-b-c".rsplit(b"-", 1), b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"abc".zfill(5), b"42".rjust(5, b"0"))
print(bytes.fromhex("00ff10"), b"\x00\xff\x10".hex(), b"\x01\x02\x03\x04".hex(":", 2), bytes.fromhex(" 0a 0B "))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc"), b"banana".count(b"an"), b"banana".replace(b"an", b"AN", 1))
print(b"abc".isalpha(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"Title Case".istitle(), b"\x80".isascii())
print(b"Hello World".swapcase(), b"hello world".capitalize(), b"a\tb".expandtabs(4), b"x".center(5, b"-"))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"abc"[1], b"abc"[1:], list(b"abc"[::-1]), bytes([1]) * 3)
print(b"%s=%d (%.1f) %r" % (b"k", 5, 2.5, b"r"), b"%c%c" % (65, b"B"), b"%5s|%-5s|" % (b"r", b"l"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), b"abc" < b"abd" < b"b", bytes(reversed(range(65, 70))))
