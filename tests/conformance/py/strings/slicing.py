# String indexing and slicing with negative indices and steps.
s = "0123456789"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1])
print(s[8:2:-2], s[-2:-8:-3], s[100:], s[-100:3], s[5:2], s[::3], s[::-4], s[2:2])
print(s[slice(2, 8, 3)], s[slice(None, None, -1)], s[slice(4)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ☃ 𝄞!"
print(len(u), u[1], u[-2], u[12:], u[::-1], u[::2])
for i in range(-len(s), len(s), 3):
    print(i, s[i], end="; ")
print()
