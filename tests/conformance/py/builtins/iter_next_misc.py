# iter with sentinel, next with default, chr/ord, repr of nested/recursive containers, ascii, format.
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
it = iter([])
print(next(it, "dflt"), next(iter("q"), None))
print([chr(c) for c in range(65, 70)], [ord(c) for c in "AZaz09"], chr(ord("a") + 25))
nested = [1, (2, [3, {"k": {4}}]), "s", None, 1.5, b"b"]
print(repr(nested), str(nested) == repr(nested))
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
d["list"] = r
print(r, d)
t = ([],)
t[0].append(t)
print(t)
print(ascii("ñ"), ascii(["é"]), format(3.14159, ".2f"), format("x", ">3"), format(42))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n"), repr("\x00\x1f"))
