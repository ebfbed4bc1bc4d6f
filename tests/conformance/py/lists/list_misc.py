# Identity, aliasing, equality, nested repr, in, min/max, list() of iterables, comparisons.
a = [1, [2, 3], "x"]
b = a
c = list(a)
b.append(4)
c[1].append(99)
print(a, c, a is b, a is c, a == c, a[1] is c[1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] == [[1]], [1, 2] != [2, 1])
print(3 in [1, 2, 3], [2] in [[2]], list("abc"), list(range(3)), list({"k": 1}), list((1, 2)))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
print(min([4, 2, 8]), max([4, 2, 8]), sum([1.5, 2.5]), [1, 2, 3][-1], [0] * 0)
n = [[0] * 3 for _ in range(2)]
n[0][0] = 1
m = [[0] * 3] * 2
m[0][0] = 1
print(n, m)
try:
    [1, 2][2]
except IndexError as e:
    print("IndexError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
l = [5, 3, 1]
print(l.__len__(), l.__getitem__(0), list.__name__, reversed(l).__class__.__name__, list(reversed(l)))
