# Numeric literal forms: decimal, hex/octal/binary with underscores, floats with exponents, imaginary.
print(0, 00, 0_0, 123_456, 0xDEAD_beef, 0o7_7, 0B1010_1010, 0X1f, 0O17)
print(1.5, 1., .5, 1e3, 1E-3, 1_000.000_1, 1e1_0, 0e0, 3.14e+2, 1_0e-1_0)
print(1j, 2.5J, 1e3j, 0j, 1 + 2j, (1 + 2j).real, (3j).imag, type(1j).__name__)
print(0xff == 255, 0o777 == 511, 0b11 == 3, 1_0 == 10, 9_999_999_999_999_999_999 + 1)
print(123456789012345678901234567890, -0x8000000000000000, 0b1 << 64)
print(1 if True else 2, 0x1f, 1 or 2, [0 for _ in range(1)], 0x_f, 0o_7)
