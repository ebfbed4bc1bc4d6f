# Features of the meteor-contest benchmark (pyclassic): frozenset algebra (<=, -, &, min), dict
# defaults keyed by floats (E / 2), bisect-ordered insertion, ''.join(map(str, ...)), s[::-1],
# a recursive exact-cover search over footprints.
from bisect import bisect

W, H = 4, 3
E, S = 2, W * 2
SE = S + (E / 2)
SW = SE - E
print(SE, SW, {E: 'E', SE: 'SE', SW: 'SW'}[4 + 5.0])


def rotate(d, rd={E: SE, SE: SW, SW: E}):
    return [rd[o] for o in d]


board = list(range(W * H))
pieces = [frozenset(p) for p in ([0, 1], [0, 4], [0, 1, 5], [0, 4, 5], [0, 1, 4])]


def footprints(pos):
    out = []
    for pi, p in enumerate(pieces):
        cells = frozenset(pos + o for o in p)
        if cells <= frozenset(board) and all(c // W - pos // W <= 1 for c in cells):
            out.append((pi, cells))
    return out


def solve(free, placed, solutions, limit):
    if not free:
        s = ''.join(map(str, [placed[c] for c in board]))
        solutions.insert(bisect(solutions, s), s)
        rs = s[::-1]
        solutions.insert(bisect(solutions, rs), rs)
        return len(solutions) >= limit
    first = min(free)
    for pi, cells in footprints(first):
        if cells <= free and (cells & free) == cells:
            for c in cells:
                placed[c] = pi
            if solve(free - cells, placed, solutions, limit):
                return True
    return False


sols = []
solve(frozenset(board), {}, sols, 10)
print(len(sols), sols[:3], sols == sorted(sols))
print(rotate([E, SE]), frozenset([3, 1]) - frozenset([1]), min(frozenset([7, 2, 9])))
