# All list methods: append, extend, insert, remove, pop, clear, index, count, sort, reverse, copy.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a, len(a))
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1, 2), a.count(1), a.count(42))
b = a.copy()
b.reverse()
print(a, b, a is b, a == b[::-1])
a.sort()
print(a)
a.clear()
print(a, len(a))
for op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, 2].pop(5)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, 2 * [None], [1, 2] * 0, [[]] * 2)
x = [1]
x += (2, 3)
x *= 2
print(x)
