# Assignment expressions (:=) in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5], y)
values = iter([5, 4, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
print(total, v)
print((a := 10) + a, a)
def f(x):
    return [(z := x + i) for i in range(3)], z
print(f(10))
print([last := c for c in "abc"], last)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(any((hit := w).startswith("q") for w in ["apple", "quince", "qat"]), hit)
