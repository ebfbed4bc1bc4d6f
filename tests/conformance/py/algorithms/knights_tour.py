# Knight's tour on a 6x6 board with Warnsdorff's heuristic (deterministic tie-breaking).
N = 6
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
board = [[0] * N for _ in range(N)]
def neighbours(r, c):
    return [(r + dr, c + dc) for dr, dc in MOVES if 0 <= r + dr < N and 0 <= c + dc < N and board[r + dr][c + dc] == 0]
def tour(r, c, step):
    board[r][c] = step
    if step == N * N:
        return True
    for nr, nc in sorted(neighbours(r, c), key=lambda p: (len(neighbours(*p)), p)):
        if tour(nr, nc, step + 1):
            return True
    board[r][c] = 0
    return False
print(tour(0, 0, 1))
for row in board:
    print(" ".join("%2d" % v for v in row))
print(sorted(v for row in board for v in row) == list(range(1, N * N + 1)))
