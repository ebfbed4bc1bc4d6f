# String operators: concatenation, repetition, membership, comparisons, hashing equality.
a, b = "abc", "abd"
print(a + b, a * 3, 3 * "xy", "x" * 0, "x" * -2, a < b, a <= "abc", "Z" < "a", "" < "a", "abc" < "abcd")
print("a" in "abc", "ac" in "abc", "" in "", "b" not in "abc")
print(a == "ab" + "c", a is not None, "abc" != "ABC", hash("abc") == hash("ab" + "c"))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "a", "B"], key=str.lower))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
s = ""
for i in range(5):
    s += str(i)
s += "!"
print(s, len(s), str(12) + str(3.5) + str(None) + str(True) + str([1, "a"]))
print(max(["aa", "b", "ccc"], key=len), "-" * 20)
