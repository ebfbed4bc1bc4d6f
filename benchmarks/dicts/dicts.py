# dicts: dict-heavy work: counts word frequencies (string keys), fills, deletes from and probes an
# integer-keyed table, groups words in nested dicts, and deletes and re-inserts keys, checking
# that iteration follows insertion order. size = words generated (and integer keys inserted).
# The result is a tuple of counts and order-sensitive hashes.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

EXPECTED = {100: "13/13/3/34/66/3302/2/65163/223175386", 1000: "247/11/4/322/678/338358/3/4084927/927472642",
            10000: "2460/12/5/3327/6673/33356902/4/197689010/930308764",
            50000: "12298/17/5/16666/33334/833386299/5/57741877/624459860",
            100000: "24671/12/6/33331/66669/333435224/5/441224060/433879859"}


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


def run(size):
    random = Random()
    vocabulary = size // 4 + 1

    # Word frequencies with string keys.
    counts = {}
    for i in range(size):
        word = "w" + str((random.next() * 31 + i) % vocabulary)
        counts[word] = counts.get(word, 0) + 1
    total = 0
    best_word = ""
    best_count = 0
    for word in counts:
        count = counts[word]
        total += count
        if count > best_count:
            best_count = count
            best_word = word
    if total != size:
        raise Exception("dicts: frequencies add up to " + str(total) + ", expected " + str(size))

    # Integer keys: fill, delete a third, probe.
    table = {}
    span = size * 2
    for i in range(size):
        table[(i * 7919) % span] = i
    removed = 0
    for key in range(0, span, 3):
        if key in table:
            del table[key]
            removed += 1
    hits = 0
    hit_sum = 0
    for key in range(span):
        value = table.get(key)
        if value is not None:
            hits += 1
            hit_sum += value
    if hits != len(table):
        raise Exception("dicts: found " + str(hits) + " keys of " + str(len(table)))

    # Nested dicts: words grouped by length.
    groups = {}
    for word in counts:
        length = len(word)
        group = groups.get(length)
        if group is None:
            group = {}
            groups[length] = group
        group[word] = counts[word]
    group_hash = 0
    for length in groups:
        group_hash = (group_hash * 31 + length * 1000 + len(groups[length])) % 1000000007

    # Delete every other word and re-insert it: re-inserted keys move to the end.
    order = {}
    for word in counts:
        order[word] = counts[word]
    index = 0
    moved = []
    for word in counts:
        if index % 2 == 0:
            moved.append(word)
        index += 1
    for word in moved:
        del order[word]
    for word in moved:
        order[word] = counts[word]
    order_hash = 0
    for word in order:
        order_hash = (order_hash * 31 + len(word) + order[word]) % 1000000007

    return [len(counts), best_count, len(best_word), removed, hits, hit_sum % 1000000007, len(groups), group_hash, order_hash]


def describe(result):
    text = ""
    for value in result:
        if text != "":
            text += "/"
        text += str(value)
    return text


def verify(result, size):
    if size not in EXPECTED:
        raise Exception("dicts: no expected result for size " + str(size) + " (got " + describe(result) + ")")
    if describe(result) != EXPECTED[size]:
        raise Exception("dicts: got " + describe(result) + ", expected " + EXPECTED[size])


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
