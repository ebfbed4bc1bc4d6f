# for/while with else, break/continue, nested loops, loop variable after loop, pass.
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for x in []:
    pass
else:
    print("empty for-else")
for ch in "ab":
    for d in "12":
        print(ch + d, end=" ")
print()
i = 0
while i < 10:
    i += 3
    if i == 6:
        continue
    print("i", i)
