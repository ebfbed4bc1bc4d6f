# Dict and set comprehensions, including nested and conditional forms.
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print({w: len(w) for w in words})
print({w: w == w[::-1] for w in words if len(w) > 3})
print(sorted({len(w) for w in words}), {n % 3 for n in range(10)})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
inv = {v: k for k, v in grid.items()}
print(sorted(inv.items())[:4])
counts = {ch: "mississippi".count(ch) for ch in sorted(set("mississippi"))}
print(counts)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(dict((k, v) for k, v in zip("abc", range(3))), frozenset(x for x in [1, 1, 2]))
