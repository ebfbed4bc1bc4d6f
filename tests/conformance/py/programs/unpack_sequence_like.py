# Features of the unpack_sequence benchmark (pyclassic): ten-way unpacking of tuples and lists
# in a loop, plus the errors of wrong lengths and starred targets.
def unpack(seq, n):
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + j
    return total


print(unpack(tuple(range(10)), 1000), unpack(list(range(10)), 1000))
for bad in [(1, 2), list(range(11)), "abcdefghij", iter(range(10))]:
    try:
        a, b, c, d, e, f, g, h, i, j = bad
        print("ok", a, j)
    except ValueError as exc:
        print("ValueError:", exc)
first, *middle, last = range(10)
print(first, middle, last)
try:
    x, y, *z = (1,)
except ValueError as exc:
    print("ValueError:", exc)
