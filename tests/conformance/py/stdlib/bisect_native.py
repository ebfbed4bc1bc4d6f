# _bisect (native): bisect/insort left and right with lo, hi, key; non-list sequences and list
# subclasses (insert is called), argument errors.
import bisect, _bisect
print(bisect.bisect is _bisect.bisect_right, bisect.insort, bisect.insort.__module__)
# bisect
a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=None), bisect.bisect_left(a, 2, lo=4, hi=6))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
b = []
for x in [5, 1, 4, 1, 3]: bisect.insort_left(b, x)
print(b); bisect.insort_right(b, 2, 1, 4); print(b)
print(bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right('acegi', 'd'), bisect.bisect_left((1, 2, 3), 2.5))
class Seq:
    def __init__(s): s.d = [1, 4, 9]; s.log = []
    def __len__(s): return len(s.d)
    def __getitem__(s, i): s.log.append(i); return s.d[i]
    def insert(s, i, x): s.log.append(('ins', i, x)); s.d.insert(i, x)
q = Seq(); bisect.insort(q, 5); print(q.d, q.log)
class L2(list):
    def insert(s, i, x): print('L2.insert', i, x); super().insert(i, x)
l2 = L2([1, 3]); bisect.insort(l2, 2); print(l2)
for t in ['bisect.bisect([1], 1, -1)', 'bisect.bisect([1], 1, "x")', 'bisect.bisect([1])', 'bisect.bisect([1], 2, 0, 5)', 'bisect.bisect(1, 2)', 'bisect.bisect([1],2,0,1,3)', 'bisect.bisect([1], 2, foo=1)', 'bisect.bisect([1], 2, lo=1, hi=-1)', 'bisect.insort(1, 2)', 'bisect.bisect([1, "a"], 2)', 'bisect.bisect([1], 2, 0, x=2)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
