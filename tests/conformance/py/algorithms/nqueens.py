# N-queens solution counts by backtracking with bitmasks and a set-based permutation filter.
def solve(n):
    count = 0
    def place(row, cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        free = ~(cols | d1 | d2) & ((1 << n) - 1)
        while free:
            bit = free & -free
            free -= bit
            place(row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    place(0, 0, 0, 0)
    return count
print([solve(n) for n in range(1, 9)])
def n_queens_perm(n):
    from itertools import permutations
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec
sols = list(n_queens_perm(6))
print(len(sols), sols)
for row in sols[0]:
    print("".join("Q" if c == row else "." for c in range(6)))
