# Sets of strings: only sorted output is deterministic across hash seeds.
words = "the cat sat on the mat with the hat".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
vowels = set("aeiou")
print(sorted(set("programming") - vowels), sorted(set("programming") & vowels))
groups = {}
for w in words:
    groups.setdefault(w[-2:], set()).add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted(frozenset(words) ^ {"dog", "cat"}), "cat" in uniq, {"x"} == {"x"})
