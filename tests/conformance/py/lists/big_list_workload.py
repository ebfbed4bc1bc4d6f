# A larger list workload (GC and resizing): build, slice, sort, reverse, delete in bulk; print checksums only.
import random
rng = random.Random(77)
data = [rng.randint(0, 10 ** 6) for _ in range(50000)]
print(len(data), sum(data), data[:3], data[-3:])
data.sort()
print(data[:3], data[-3:], data[25000])
evens = [x for x in data if x % 2 == 0]
print(len(evens), sum(evens) % 1000003)
del data[::2]
print(len(data), data[:2])
data.reverse()
print(data[:2], data.index(data[100]))
chunks = [data[i:i + 1000] for i in range(0, len(data), 1000)]
print(len(chunks), [len(c) for c in chunks][-2:], sum(map(len, chunks)))
nested = [[i] * (i % 5) for i in range(2000)]
flat = [x for sub in nested for x in sub]
print(len(flat), sum(flat))
stack = []
for i in range(100000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[-1], sum(stack) % 99991)
s = sorted((str(x) for x in range(3000)), key=lambda t: (len(t), t[::-1]))
print(s[:5], s[-3:])
