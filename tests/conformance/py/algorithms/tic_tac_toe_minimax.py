# Tic-tac-toe solved by minimax with memoization: value of the empty board and best opening moves.
from functools import lru_cache
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
@lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w:
        return 1 if w == "X" else -1
    if "." not in b:
        return 0
    scores = []
    for i, ch in enumerate(b):
        if ch == ".":
            nb = b[:i] + player + b[i + 1:]
            scores.append(minimax(nb, "O" if player == "X" else "X"))
    return max(scores) if player == "X" else min(scores)
empty = "." * 9
print("value of empty board:", minimax(empty, "X"))
print("opening values:", [minimax(empty[:i] + "X" + empty[i + 1:], "O") for i in range(9)])
b = "XX.OO...."
print("X to move on", b, "->", [i for i in range(9) if b[i] == "." and minimax(b[:i] + "X" + b[i + 1:], "O") == 1])
print(minimax.cache_info().currsize > 1000)
