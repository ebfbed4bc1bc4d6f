# Features of the pidigits benchmark (pyclassic): big-int arithmetic in a spigot, map over
# itertools.count with a lambda, islice of an infinite generator, tuple unpacking of 4-tuples.
import itertools


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), itertools.count(1))


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq, aq * br + ar * bt, as_ * bq + at * bs, as_ * br + at * bt)


def extract(z, j):
    q, r, s, t = z
    return (q * j + r) // (s * j + t)


def digits():
    z = (1, 0, 0, 1)
    x = gen_x()
    while 1:
        y = extract(z, 3)
        while y != extract(z, 4):
            z = compose(z, next(x))
            y = extract(z, 3)
        z = compose((10, -10 * y, 0, 1), z)
        yield y


d = list(itertools.islice(digits(), 300))
print(''.join(map(str, d[:60])))
print(sum(d), d[-10:])
big = 3 ** 200
print(big // 7 ** 50, -big // 7 ** 50, big % 1000003, (-big) % 1000003, (big * big).bit_length())
