# range: len, indexing, slicing, reversed, membership, negative steps, equality, errors.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], list(r[::-1]), r.index(11), r.count(7), 7 in r, 8 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(2, 2)), len(range(10, 0)))
print(range(0, 10, 2)[::2], range(10)[::-1], list(range(10)[-3:]), range(10)[2:8:3])
print(list(reversed(range(1, 10, 3))), range(5) == range(0, 5, 1), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17:10 ** 17 + 3], -1 in big)
print(len(range(-5, 5, 3)), list(range(-5, 5, 3)), sum(range(101)), max(range(7)))
for bad in [lambda: range(0, 5, 0), lambda: range(3)[5], lambda: range(3).index(7), lambda: range(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(r.start, r.stop, r.step, hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
