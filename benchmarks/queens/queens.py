# queens: counts every solution of the n-queens problem by backtracking over free rows and
# diagonals; size = n. Solution counts are the known sequence (OEIS A000170).
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

SOLUTIONS = {4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680, 12: 14200}


class Board:
    def __init__(self, n):
        self.n = n
        self.free_rows = [True] * n
        self.free_rising = [True] * (2 * n - 1)
        self.free_falling = [True] * (2 * n - 1)
        self.queen_rows = [-1] * n
        self.solutions = 0

    def place_column(self, column):
        n = self.n
        for row in range(n):
            rising = row + column
            falling = row - column + n - 1
            if self.free_rows[row] and self.free_rising[rising] and self.free_falling[falling]:
                self.queen_rows[column] = row
                if column == n - 1:
                    self.solutions += 1
                    self.check_solution()
                else:
                    self.free_rows[row] = False
                    self.free_rising[rising] = False
                    self.free_falling[falling] = False
                    self.place_column(column + 1)
                    self.free_rows[row] = True
                    self.free_rising[rising] = True
                    self.free_falling[falling] = True

    def check_solution(self):
        # Spot-checks the first solutions in full so a wrong engine cannot count garbage.
        if self.solutions > 4:
            return
        for a in range(self.n):
            for b in range(a + 1, self.n):
                ra = self.queen_rows[a]
                rb = self.queen_rows[b]
                if ra == rb or ra - rb == a - b or ra - rb == b - a:
                    raise Exception("queens: queens in columns " + str(a) + " and " + str(b) + " attack each other")


def run(n):
    board = Board(n)
    board.place_column(0)
    return board.solutions


def verify(result, n):
    if n not in SOLUTIONS:
        raise Exception("queens: no expected result for size " + str(n) + " (got " + str(result) + ")")
    if result != SOLUTIONS[n]:
        raise Exception("queens: " + str(result) + " solutions, expected " + str(SOLUTIONS[n]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
