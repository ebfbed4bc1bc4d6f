# Features of the nqueens benchmark (pyclassic): a hand-written permutations generator (yield in
# nested loops, for/else with return), reversed(range), slice assignment of concatenations,
# chained == comparisons, sets built from generator expressions.
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


print(list(permutations(range(3), 2)))
for n in range(4, 7):
    sols = list(queens(n))
    print(n, len(sols), sols[:2])
g = permutations("ab")
print(next(g), next(g), next(g, "done"))
