# Slicing behaves the same across list, tuple, str, bytes, bytearray, range; slice assignment only on mutable ones.
seqs = [list(range(8)), tuple(range(8)), "01234567", b"01234567", bytearray(b"01234567"), range(8)]
for s in seqs:
    print(type(s).__name__, s[2:5], s[::3], s[-3:], s[::-2], s[5:1:-1], s[100:], len(s[1:-1]))
lst = list("abcdefgh")
lst[2:4] = []
lst[:0] = ["^"]
lst[len(lst):] = ["$"]
print(lst)
ba = bytearray(b"abcdefgh")
ba[1:7:2] = b"XYZ"
del ba[-2:]
print(ba)
for immutable in ["abc", (1, 2, 3), b"abc", range(3)]:
    try:
        immutable[0:1] = "z"
    except TypeError as e:
        print("TypeError:", e)
s = slice(1, None, 2)
print([seq[s] for seq in ["abcdef", [0, 1, 2, 3], (9, 8, 7)]])
