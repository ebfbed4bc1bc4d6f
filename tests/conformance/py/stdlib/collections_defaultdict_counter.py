# defaultdict factories and Counter: most_common, arithmetic, update/subtract, elements.
from collections import defaultdict, Counter
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()}, dd.default_factory.__name__)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zzz"], sorted(c.elements()))
c2 = Counter(a=1, b=5, e=2)
print(c + c2, c - c2, c & c2, c | c2)
c.update("aaa")
c.subtract({"b": 10})
print(c, +c, -c)
print(Counter(["x", "y", "x"]).most_common(), Counter().most_common(1), c.total())
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(2), sum(Counter(words).values()))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
