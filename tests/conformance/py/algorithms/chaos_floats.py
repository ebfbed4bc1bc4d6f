# Float-heavy workload in the spirit of the chaos benchmark: affine maps iterated with a seeded RNG.
import random
import math
rng = random.Random(3)
TRANSFORMS = [(0.0, 0.0, 0.0, 0.16, 0.0, 0.0), (0.85, 0.04, -0.04, 0.85, 0.0, 1.6), (0.2, -0.26, 0.23, 0.22, 0.0, 1.6), (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)]
WEIGHTS = [0.01, 0.85, 0.07, 0.07]
x = y = 0.0
W, H = 40, 20
grid = [[0] * W for _ in range(H)]
minx = maxx = miny = maxy = 0.0
for i in range(5000):
    r = rng.random()
    acc = 0.0
    for (a, b, c, d, e, f), w in zip(TRANSFORMS, WEIGHTS):
        acc += w
        if r <= acc:
            x, y = a * x + b * y + e, c * x + d * y + f
            break
    minx, maxx, miny, maxy = min(minx, x), max(maxx, x), min(miny, y), max(maxy, y)
    gx = int((x + 2.7) / 5.5 * (W - 1))
    gy = int((10.0 - y) / 10.0 * (H - 1))
    if 0 <= gx < W and 0 <= gy < H:
        grid[gy][gx] += 1
for row in grid:
    print("".join("#" if v > 8 else "+" if v > 2 else "." if v else " " for v in row))
print("%.6f %.6f %.6f %.6f" % (minx, maxx, miny, maxy), repr(x), repr(y))
print(round(math.hypot(x, y), 9), sum(map(sum, grid)))
