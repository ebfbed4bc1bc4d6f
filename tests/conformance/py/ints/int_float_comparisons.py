# Exact comparisons between ints and floats, including values beyond 2**53 and mixed-type sorting.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, 2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(1 == 1.0, 1 < 1.5 < 2, 0.1 + 0.2 == 0.3, 3 == 3.0000000000000001, (2 ** 63) == 9.223372036854775808e18)
print(sorted([3, 2.5, -1, 10 ** 20, 1e19, 0.0, -0.5, True]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), 5 // 2.0, 5 % 2.0, 2 ** 0.5 > 1)
print(float(2 ** 1023) * 2, int(1e15), int(1.999999999999999999), float("1" + "0" * 30) == 10 ** 30)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 > 1e308, 2 ** 1024 == float("inf"), (10 ** 400) > float("inf"), 10 ** 400 < float("nan"))
print(hash(2 ** 53) == hash(float(2 ** 53)), {2 ** 53: "int"}.get(float(2 ** 53)), 7 / 7 == 1)
