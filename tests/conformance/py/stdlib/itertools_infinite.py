# itertools infinite iterators with islice: count, cycle, repeat; accumulate.
from itertools import count, cycle, repeat, islice, accumulate
import operator
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate("abc")))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 3)), list(islice(range(10), 1, 8, 2)))
c = count()
next(c)
print(next(c), c)
