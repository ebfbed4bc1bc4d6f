# strings: string building and splitting: generates `size` words from syllables, concatenates
# them into lines, splits the text back into lines and words, then searches (substring counts),
# compares, reverses and capitalizes characters one by one, and re-parses a comma-joined copy by
# scanning for separators. The result is a tuple of counts and a character checksum.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

EXPECTED = {100: "100/536/36/44/5/100/633900907", 1000: "1000/5164/340/433/75/1000/149923507",
            10000: "10000/51530/3293/4094/660/10000/76622132", 50000: "50000/258325/16667/20722/3207/50000/753424342",
            100000: "100000/516364/33291/41446/6415/100000/407671275"}
SYLLABLES = ["ka", "to", "ri", "mu", "sen", "lo", "vi", "da", "ne", "po", "a", "kak"]
WORDS_PER_LINE = 12


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


def make_word(random):
    word = ""
    count = 1 + random.next() % 3
    for i in range(count):
        word += SYLLABLES[random.next() % len(SYLLABLES)]
    return word


def reverse(word):
    result = ""
    i = len(word) - 1
    while i >= 0:
        result += word[i]
        i -= 1
    return result


def capitalize(word):
    first = ord(word[0])
    if first >= 97 and first <= 122:
        return chr(first - 32) + word[1:]
    return word


def count_occurrences(text, pattern):
    count = 0
    position = text.find(pattern)
    while position >= 0:
        count += 1
        position = text.find(pattern, position + 1)
    return count


def run(size):
    random = Random()
    text = ""
    line = ""
    for i in range(size):
        word = make_word(random)
        if line == "":
            line = word
        else:
            line += " " + word
        if (i + 1) % WORDS_PER_LINE == 0:
            text += line + "\n"
            line = ""
    if line != "":
        text += line + "\n"

    words = []
    for text_line in text.split("\n"):
        if text_line == "":
            continue
        for word in text_line.split(" "):
            words.append(word)

    ka = 0
    smaller = 0
    palindromes = 0
    checksum = 0
    for word in words:
        ka += count_occurrences(word, "ka")
        if word < "mu":
            smaller += 1
        if reverse(word) == word:
            palindromes += 1
        capital = capitalize(word)
        checksum = (checksum * 31 + ord(capital[0]) + len(capital)) % 1000000007

    joined = ",".join(words)
    fields = 0
    start = 0
    while True:
        comma = joined.find(",", start)
        if comma < 0:
            if joined[start:] != words[fields]:
                raise Exception("strings: last field differs")
            fields += 1
            break
        if joined[start:comma] != words[fields]:
            raise Exception("strings: field " + str(fields) + " differs")
        fields += 1
        start = comma + 1
    return [len(words), len(text), ka, smaller, palindromes, fields, checksum]


def describe(result):
    text = ""
    for value in result:
        if text != "":
            text += "/"
        text += str(value)
    return text


def verify(result, size):
    if result[0] != size or result[5] != size:
        raise Exception("strings: split " + str(result[0]) + " words and parsed " + str(result[5]) + " fields, expected " + str(size))
    if size not in EXPECTED:
        raise Exception("strings: no expected result for size " + str(size) + " (got " + describe(result) + ")")
    if describe(result) != EXPECTED[size]:
        raise Exception("strings: got " + describe(result) + ", expected " + EXPECTED[size])


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
