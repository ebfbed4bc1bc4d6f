# Remaining str methods: count with overlap rules, rindex, ljust fills, format_map, isprintable, splitting edge cases.
s = "banana"
print(s.count("an"), s.count("ana"), s.rindex("an"), s.rfind("an", 0, 3), s.index("n", 3), s.find("na", -2))
print("a b".ljust(6, "-"), "a b".rjust(6, "-"), "x".center(4, "-"), "ab".center(5, "*"), "abc".center(6, "*"))
print("{x} {y}".format_map({"x": 1, "y": [2]}), "%(a)s" % {"a": "A"})
print("  a  b  ".split(" "), "a\tb\nc".split(), "a,b".split(",", 0), "x".split("x"), "xx".split("x"))
print("one two three".rsplit(" ", 1), "1,2,3".rsplit(",", maxsplit=1), "  ".rsplit())
print("hello"[1:4].upper().center(7, ".").replace(".", "_").strip("_").lower())
print("Straße".upper().lower(), "ǈ".upper(), "ǈ".lower(), "ΣΑΣ".lower(), "ﬀ".upper(), "İstanbul".lower() == "i̇stanbul")
print("%s|%5s|%-5s|%.2s" % ("s", "r", "l", "trunc"), "abc".startswith(""), "".endswith(""), "abc".find("c", 5))
print(" ".join(w.capitalize() for w in "hello world of python".split()), "x".join([]) == "")
print(str(b"bytes", "utf-8"), str(memoryview(b"mv"), "ascii"), "abc".encode().decode("ascii"))
