# itertools product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3))[:5], len(list(product(range(3), repeat=4))))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:6], len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4], list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(5), 3))))
print(list(product()), list(permutations([])), list(combinations([], 0)))
print(["".join(p) for p in permutations("aab")])
print(sum(1 for c in combinations(range(10), 4) if sum(c) == 18))
