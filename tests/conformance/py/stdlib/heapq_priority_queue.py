# A priority queue with heapq: entries with counters for stable ties, task removal, and k-way merging.
import heapq
import itertools
pq = []
counter = itertools.count()
entry_finder = {}
REMOVED = "<removed>"
def add(task, priority):
    if task in entry_finder:
        remove(task)
    entry = [priority, next(counter), task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)
def remove(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED
def pop():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task, priority
    raise KeyError("pop from an empty priority queue")
for t, p in [("write", 5), ("read", 3), ("test", 3), ("deploy", 9), ("lint", 1)]:
    add(t, p)
add("deploy", 0)
remove("test")
print([pop() for _ in range(4)])
try:
    pop()
except KeyError as e:
    print("KeyError", e)
streams = [[1, 4, 7, 10], [2, 5, 8], [0, 3, 6, 9, 12]]
print(list(heapq.merge(*streams)))
events = [(3.5, "c"), (1.0, "a"), (2.25, "b"), (1.0, "a2")]
heapq.heapify(events)
print([heapq.heappop(events) for _ in range(len(events))])
print(heapq.nsmallest(3, range(100), key=lambda x: (x % 10, x)), heapq.nlargest(2, {"a": 3, "b": 7, "c": 5}.items(), key=lambda kv: kv[1]))
