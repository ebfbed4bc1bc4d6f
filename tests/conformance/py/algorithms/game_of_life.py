# Conway's game of life on a small torus: a glider and a blinker over several generations.
W, H = 10, 8
def step(cells):
    nxt = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    for k, n in counts.items():
        if n == 3 or (n == 2 and k in cells):
            nxt.add(k)
    return nxt
def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (7, 6), (7, 7)}
for gen in range(5):
    print("gen", gen, "alive", len(cells))
    print(show(cells))
    cells = step(cells)
for _ in range(35):
    cells = step(cells)
print("after 40:", sorted(cells))
