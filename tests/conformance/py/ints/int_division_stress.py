# Division of big ints by small and big divisors checked by reconstruction; true division rounding.
import random
rng = random.Random(5)
ok = True
samples = []
for _ in range(300):
    a = rng.randint(-(10 ** 60), 10 ** 60)
    b = rng.choice([rng.randint(1, 10 ** 5), rng.randint(10 ** 20, 10 ** 40), -rng.randint(1, 10 ** 30)])
    q, r = divmod(a, b)
    if q * b + r != a or not (0 <= r < b if b > 0 else b < r <= 0):
        ok = False
    samples.append((q % 1000, r % 1000))
print(ok, samples[:6])
print(10 ** 40 // 3, 10 ** 40 % 7, -(10 ** 40) // 3, (10 ** 40 + 1) // (10 ** 20 + 1))
print(10 ** 40 / 10 ** 20, (2 ** 200 + 1) / 2 ** 100, 1 / 3 * 3, 10 ** 30 / 3, 123456789 ** 3 / 987654321)
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError:", e)
print(7 // -(10 ** 25), -7 // (10 ** 25), 7 % -(10 ** 25) == 7 - 10 ** 25)
