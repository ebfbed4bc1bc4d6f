# Features of the go benchmark (pyclassic): seeded random (randrange with a 63-bit bound,
# random()), XOR of big ints for Zobrist hashing, sets of big ints, divmod, `global` with several
# names, keyword arguments with defaults, list comprehensions with filters, repr of tuples.
import random

SIZE = 5
TIMESTAMP = 0
MOVES = 0


def to_xy(pos):
    y, x = divmod(pos, SIZE)
    return x, y


class Square:
    def __init__(self, pos):
        self.pos = pos
        self.color = 0
        self.zobrist = [random.randrange(9223372036854775807) for _ in range(3)]

    def find(self, update=False):
        return self if not update else self

    def __repr__(self):
        return repr(to_xy(self.pos))


class Board:
    def __init__(self):
        self.squares = [Square(p) for p in range(SIZE * SIZE)]
        self.hash = 0
        for sq in self.squares:
            self.hash ^= sq.zobrist[0]
        self.seen = set([self.hash])

    def move(self, pos, color):
        global TIMESTAMP, MOVES
        TIMESTAMP += 1
        MOVES += 1
        sq = self.squares[pos]
        self.hash ^= sq.zobrist[sq.color]
        self.hash ^= sq.zobrist[color]
        sq.color = color
        dupe = self.hash in self.seen
        self.seen.add(self.hash)
        return dupe

    def empties(self):
        return [sq.pos for sq in self.squares if sq.color == 0]


random.seed(1)
b = Board()
print(b.hash, len(b.seen))
color = 1
while b.empties():
    e = b.empties()
    pos = e[int(random.random() * len(e))]
    b.move(pos, color)
    color = 3 - color
print(TIMESTAMP, MOVES, b.hash.bit_length() <= 63, len(b.seen), b.squares[7], b.squares[7].find(update=True))
print([sq.color for sq in b.squares])
print(sorted(b.seen)[:2], max(b.seen) < 2 ** 63)
