# strip/lstrip/rstrip with char sets; center/ljust/rjust/zfill; removeprefix/removesuffix.
s = "xxhello worldxx"
print(repr("  a b  ".strip()), repr("  a b  ".lstrip()), repr("  a b  ".rstrip()))
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "abcba".strip("ab"), "\t\n x \r".strip())
print("[" + "hi".center(7) + "]", "[" + "hi".center(8, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, ".") + "]", "[" + "hello".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "1234".zfill(2), "".zfill(3))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("tab\there".expandtabs(), "a\tb\tc".expandtabs(4), "12345\tx".expandtabs(4))
