# Nested lists: aliasing through *, copying rows, in-place operations visible through references, sort in place.
grid = [[0] * 3 for _ in range(3)]
alias = grid[1]
alias[1] = 5
grid[2] = grid[0]
grid[0][2] = 7
print(grid, grid[0] is grid[2])
rows = [[3, 1], [2, 9], [1, 5]]
ref = rows[0]
rows.sort()
print(rows, ref, rows[2] is ref)
rows.sort(key=lambda r: r[1], reverse=True)
print(rows)
a = [1, 2, 3]
b = a
a += [4]
print(b)
a = a + [5]
print(a, b)
c = [[]] * 3
c[0].append("shared")
print(c)
lst = [1, 2, 3, 4, 5, 6]
lst[1::2] = [x * 10 for x in lst[1::2]]
print(lst, lst.index(40), lst[-2::-2])
x = [1, [2, [3, [4]]]]
x[1][1][1].append(5)
print(x, len(x[1][1]))
