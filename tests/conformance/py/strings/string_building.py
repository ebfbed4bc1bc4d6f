# Building strings: join vs +=, list of chars, str.format in loops, io.StringIO, repetition, reversing words.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
import io
buf = io.StringIO()
for row in range(3):
    buf.write(" ".join("%2d" % (row * 3 + c) for c in range(3)))
    buf.write("\n")
print(buf.getvalue(), end="")
print("=" * 20)
print("-".join(["ab"] * 3), "ab" * 3 + "!", ("x" * 3).join("yz"))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(t[0]) for t in table)
for name, price, qty in table:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d} | {price * qty:8.3f}")
print(" ".join(reversed("the quick brown fox".split())), "".join(reversed("stressed")))
big = "".join(chr(97 + i % 26) for i in range(10000))
print(len(big), big[:30], big.count("abc"), hash(big) == hash("".join(big)))
