# str/repr/format of ints and round-tripping through strings in several bases.
nums = [0, 7, -7, 255, 65535, 2 ** 63, -(2 ** 63), 10 ** 30 + 12345]
for n in nums:
    s = str(n)
    print(s, int(s) == n, bin(n)[:20], oct(n), hex(n), int(hex(n), 16) == n)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#x"))
print(format(10 ** 12, ","), format(10 ** 12, "_"), format(-(10 ** 7), "_x"))
print(str(123).zfill(8), "{:08d}".format(-123))
print(int(str(3 ** 300)) == 3 ** 300)
