# _heapq (native): CPython's sift order (ties, __lt__-only classes, comparison counts), the max-heap
# helpers, heapify above 2500 items, list changed during comparison, argument errors.
import heapq, _heapq, random
print(heapq.heappush is _heapq.heappush, heapq.heappush, heapq.heappush.__module__)
random.seed(5)
for n in (0, 1, 2, 7, 100, 3000, 6001):
    data = [random.randrange(50) for _ in range(n)]
    h = data[:]; heapq.heapify(h)
    h2 = data[:]; heapq._heapify_max(h2)
    out = [heapq.heappop(h) for _ in range(len(h))]
    out2 = [heapq._heappop_max(h2) for _ in range(len(h2))]
    print(n, out == sorted(data), out2 == sorted(data, reverse=True), hash(tuple(out)) == hash(tuple(sorted(data))))
data = [random.random() for _ in range(3001)]
h = data[:]; heapq.heapify(h); print(h[:5] == sorted(h[:0]) or h[:10])
class K:
    n = 0
    def __init__(s, v, tag): s.v, s.tag = v, tag
    def __lt__(s, o): K.n += 1; return s.v < o.v
    def __repr__(s): return f'K{s.v}{s.tag}'
items = [K(random.randrange(5), i) for i in range(40)]
h = items[:]; heapq.heapify(h); print(h, K.n)
h2 = []
for x in items: heapq.heappush(h2, x)
print(h2, K.n)
print([heapq.heappop(h2) for _ in range(10)], K.n)
print(heapq.heapreplace(h2, K(3, 'r')), heapq.heappushpop(h2, K(0, 'p')), heapq.heappushpop(h2, K(9, 'q')), K.n)
print(heapq._heapreplace_max([5, 3, 4], 1))
print(heapq.nlargest(5, items, key=lambda k: k.v), heapq.nsmallest(3, [5, 1, 4, 2]), list(heapq.merge([1, 3], [2, 4], [0])))
print(heapq.heappushpop([], 3))
for t in ['heapq.heappush((), 1)', 'heapq.heappop([])', 'heapq.heapreplace([], 1)', 'heapq.heapify(1)', 'heapq.heappush([])', 'heapq.heappop()', 'heapq.heappop([], 1)', 'heapq.heappush([1], "a")', 'heapq.heappush(h=[], item=1)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class Evil:
    def __init__(s, h): s.h = h
    def __lt__(s, o): s.h.append(0); return True
h = []
h += [Evil(h), Evil(h), Evil(h)]
try: heapq.heapify(h)
except RuntimeError as e: print('RuntimeError', e)
h = []
h += [Evil(h), Evil(h), Evil(h)]
try: heapq.heappush(h, Evil(h))
except RuntimeError as e: print('RuntimeError', e)
class Sub(list): pass
s = Sub([3, 1, 2]); heapq.heapify(s); print(s, type(s))
