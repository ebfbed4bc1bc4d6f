# Features of the n-body benchmark (pyclassic): nested list/tuple patterns as for-loop targets,
# defaults bound to module data, augmented assignment through list subscripts, float powers.
PLANETS = {
    'a': ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 39.47),
    'b': ([4.8, -1.2, -0.1], [0.6, 2.8, -0.02], 0.037),
    'c': ([8.3, 4.1, -0.4], [-1.0, 1.8, 0.008], 0.011),
}
BODIES = list(PLANETS.values())


def pairs_of(items):
    out = []
    for i in range(len(items) - 1):
        for other in items[i + 1:]:
            out.append((items[i], other))
    return out


PAIRS = pairs_of(BODIES)


def step(dt, n, bodies=BODIES, pairs=PAIRS):
    for _ in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            v1[0] -= dx * m2 * mag
            v1[1] -= dy * m2 * mag
            v1[2] -= dz * m2 * mag
            v2[0] += dx * m1 * mag
            v2[1] += dy * m1 * mag
            v2[2] += dz * m1 * mag
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def energy(bodies=BODIES, pairs=PAIRS, e=0.0):
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in pairs:
        dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e


print("%.9f" % energy())
step(0.01, 200)
print("%.9f" % energy())
print([round(c, 6) for c in BODIES[1][0]])
try:
    for ([a, b], c) in [([1, 2, 3], 4)]:
        pass
except ValueError as exc:
    print("ValueError:", exc)
try:
    for (a, b) in [5]:
        pass
except TypeError as exc:
    print("TypeError:", exc)
