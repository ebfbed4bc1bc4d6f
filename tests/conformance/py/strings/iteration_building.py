# Iterating over strings and building them: enumerate, zip, reversed, list(str).
s = "python"
print(list(s), tuple(s), set(s) == set("nohtyp"), list(reversed(s)))
for i, ch in enumerate(s):
    print(i, ch, ord(ch), ch.upper(), end=" | ")
print()
print("".join(a + b for a, b in zip("abc", "123")))
print([c for c in "Hello World" if c.isupper()], sum(1 for c in "mississippi" if c == "s"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "attack at dawn")
print(caesar)
print("".join(sorted("hello")), "".join(sorted("hello", reverse=True)))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
