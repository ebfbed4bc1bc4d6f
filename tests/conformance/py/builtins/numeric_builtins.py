# abs, round with ndigits, divmod, pow with 3 args, bin/hex/oct, int/float constructors.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234.5, -2), round(7), round(7, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3, 5), pow(7, -1, 40), pow(2.0, 3), pow(4, 0.5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(bin(10), hex(255), oct(64), bin(0), hex(-1), oct(-9), bin(2 ** 70))
print(int(), float(), int(" 0b11 ", 0), float("1e3"), int(-0.9), int("٣"), float("١.٥"))
print(complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j), (2j) ** 2, complex("1-2j").imag)
print(max(1, 2.5), min(-1, -1.0), type(max(1, 1.0)).__name__, 1 == 1.0 == True)
