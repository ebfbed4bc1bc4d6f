# heapq push/pop/heapify/nlargest/nsmallest/merge/heappushpop/heapreplace; bisect and insort.
import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["aaa", "b", "cc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=False)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 5))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right([1, 3, 5], 3, lo=0, hi=2))
