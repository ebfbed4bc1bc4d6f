# Mutating during iteration: lists see changes, dicts and sets raise RuntimeError.
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if x == 1:
        lst.append(4)
print(seen, lst)
lst2 = [1, 2, 3, 4, 5]
for x in lst2:
    if x % 2:
        lst2.remove(x)
print(lst2)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {1: "a", 2: "b"}
for k in d2:
    d2[k] = d2[k] * 2
print(d2)
d3 = {i: i for i in range(5)}
for k in list(d3):
    if k % 2:
        del d3[k]
print(d3)
