# sort/sorted are stable; key and reverse; reverse keeps stability; sorting tuples.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name_len = sorted(people, key=lambda p: len(p[0]))
print(by_name_len)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda v: v % 3))
data = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
data.sort()
print(data)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted([[2, 1], [1, 2], [1]]))
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
