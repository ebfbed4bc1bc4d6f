# List comprehensions with conditions, nested loops, nested comprehensions.
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [list(col) for col in zip(*matrix)])
print([x if x > 2 else -x for x in range(5)], [c.upper() for c in "abc" if c != "b"])
print([y for x in [[1, 2], [3], []] for y in x], [i for i in range(20) if i % 2 if i % 3])
flat = [n for row in matrix for n in row if n % 2 == 0]
print(flat, sum(x for x in flat))
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([(lambda k: k * 10)(i) for i in range(3)], [f(2) for f in [lambda v, m=m: v * m for m in range(3)]])
