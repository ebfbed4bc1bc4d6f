# Unpacking in for-loops, comprehensions, function returns, dict items, with starred in the middle and nested tuples.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name, end="; ")
print()
print([name * n for n, name in pairs], {name: n for n, name in pairs}, dict(map(reversed, pairs)))
records = [("ann", (1990, 5, 17), ["py", "js"]), ("bob", (1985, 1, 2), [])]
for who, (year, month, _), [*langs] in records:
    print(who, year, month, langs)
def split_ends(seq):
    first, *middle, last = seq
    return first, middle, last
print(split_ends([1, 2, 3, 4]), split_ends("ab"), split_ends(range(3)))
head, *tail = "x"
print(head, tail)
(a, b), (c, *d) = [1, 2], "cde"
print(a, b, c, d)
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *rest in matrix:
    print(first, rest)
print([x + y for x, y in zip(*matrix)], [row for *_, row in matrix])
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i, values = 0, [10, 20]
i, values[i] = 1, 99
print(i, values)
print(*{"k": 1, "j": 2}, *{"k": 1}.values(), sep=",")
print({**{"a": 1}, **dict(b=2)}, [*range(2), *"ab", *(None,)], (*[1], *[2]))
