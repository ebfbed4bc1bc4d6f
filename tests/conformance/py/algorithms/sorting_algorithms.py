# Hand-written sorts (quick, merge, heap, insertion, counting) compared against sorted().
import random
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])
def mergesort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = mergesort(a[:mid]), mergesort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def heapsort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for s in range(n // 2 - 1, -1, -1):
        sift(s, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
rng = random.Random(2024)
data = [rng.randint(-500, 500) for _ in range(400)]
ref = sorted(data)
for fn in (quicksort, mergesort, heapsort, insertion, counting):
    print(fn.__name__, fn(data) == ref, fn(data)[:5])
print(ref[:10], ref[-3:])
