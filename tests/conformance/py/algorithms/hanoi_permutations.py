# Recursion classics: towers of Hanoi move list, permutations and subsets by recursion, Gray codes.
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcdef")))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print([format(i ^ (i >> 1), "04b") for i in range(16)])
