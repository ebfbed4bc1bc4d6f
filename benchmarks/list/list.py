# list: linked lists and the Takeuchi-style "tail" recursion over them (shorter-than tests walk
# the lists); size = how many times one iteration repeats tail(list 15, list 10, list 6).
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Element:
    def __init__(self, value, next_element):
        self.value = value
        self.next = next_element

    def length(self):
        count = 0
        element = self
        while element is not None:
            count += 1
            element = element.next
        return count


def make_list(length):
    result = None
    value = 1
    while value <= length:
        result = Element(value, result)
        value += 1
    return result


def is_shorter_than(x, y):
    while y is not None:
        if x is None:
            return True
        x = x.next
        y = y.next
    return False


def tail(x, y, z):
    if is_shorter_than(y, x):
        return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y))
    return z


def run(repeats):
    total = 0
    for i in range(repeats):
        total += tail(make_list(15), make_list(10), make_list(6)).length()
    return total


def verify(result, repeats):
    if result != 10 * repeats:
        raise Exception("list: total length " + str(result) + ", expected " + str(10 * repeats))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
