# str.split/rsplit with and without separators and maxsplit; join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(5)), "|".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(" ".join(reversed("hello world".split())))
