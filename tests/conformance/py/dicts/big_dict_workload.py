# A larger dict workload: many inserts and deletes with int and str keys (resizing, tombstones); order checks.
d = {}
for i in range(60000):
    d[i * 7919 % 100003] = i
print(len(d), sum(d) % 1000003, list(d)[:5])
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:5], list(d)[-3:])
s = {}
for i in range(20000):
    s["key%d" % i] = i
for i in range(0, 20000, 2):
    del s["key%d" % i]
for i in range(5):
    s["new%d" % i] = -i
print(len(s), list(s)[:3], list(s)[-3:], s.get("key9999"), "key10" in s)
counts = {}
for i in range(100000):
    k = (i * i) % 1013
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
