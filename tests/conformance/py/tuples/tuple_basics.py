# Tuples: packing, single-element, immutability, methods, comparison, hashing, concatenation.
t = 1, 2, 3
s = (4,)
e = ()
print(t, s, e, type(s).__name__, len(e), t + s, t * 2, t[1:], t[::-1], (1,) * 0)
print(t.index(2), t.count(1), (1, 1, 2).count(1), 2 in t, tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
x = (1, [2, 3])
x[1].append(4)
print(x, tuple(i * i for i in range(4)), max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), repr(((),)))
