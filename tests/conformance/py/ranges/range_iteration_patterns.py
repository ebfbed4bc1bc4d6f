# Common range patterns: counting down, stepping, enumerate vs range(len), index arithmetic, range in conditions.
data = ["a", "b", "c", "d", "e"]
print([data[i] for i in range(len(data) - 1, -1, -1)], [data[i] for i in range(0, len(data), 2)])
print([(i, data[i]) for i in range(1, len(data), 2)], list(zip(range(10, 0, -3), data)))
print(sum(i * i for i in range(1, 11)), [i for i in range(100) if i % 15 == 0], list(range(-3, 3)))
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(" ".join(fizz))
r = range(5, 50, 5)
print(r.index(25), r[-2], 45 in r, 46 in r, r[2:5], r[::-1][:3], len(r[::2]), r.count(10))
tri = [[1] * (i + 1) for i in range(6)]
for i in range(2, 6):
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
print(tri)
print(list(range(0)), list(range(1, 0)), list(range(0, -1, -1)), range(3) == range(3), range(0, 3, 2) == range(0, 4, 2))
