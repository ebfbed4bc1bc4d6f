# A larger set workload: adds/removes of ints and tuples, set algebra on big sets, sorted samples only.
a = set(range(0, 100000, 3))
b = set(range(0, 100000, 5))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:5], max(a | b), min(a ^ b))
pts = set()
for i in range(30000):
    pts.add((i % 173, i % 89))
print(len(pts), (0, 0) in pts, (172, 88) in pts, sorted(pts)[:3])
for i in range(0, 30000, 2):
    pts.discard((i % 173, i % 89))
print(len(pts), sorted(pts)[:3])
words = {"w%05d" % (i * 37 % 50000) for i in range(50000)}
print(len(words), sorted(words)[:3], sorted(words)[-1])
