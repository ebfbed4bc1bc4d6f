# Features of the fannkuch benchmark (pyclassic): bound-method aliases (l.insert, l.pop), slice
# assignment from a reversed slice, while/else, list copies with [:].
def flips(n):
    count = list(range(1, n + 1))
    best = 0
    checksum = 0
    perm1 = list(range(n))
    ins, pop = perm1.insert, perm1.pop
    r = n
    sign = 1
    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        f = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            f += 1
            k = perm[0]
        best = max(best, f)
        checksum += sign * f
        sign = -sign
        while r != n:
            ins(r, pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return best, checksum


for n in range(3, 8):
    print(n, flips(n))
a = [0, 1, 2, 3, 4]
a[:3] = a[2::-1]
b = a[:]
b[1:4] = []
print(a, b, a[::-2], a[-2::-2])
