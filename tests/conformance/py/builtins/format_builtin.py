# format() builtin and __format__ of builtins: ints, floats, strings, bools, None, containers' str.
print(format(1234567, ","), format(-1234567, "_"), format(255, "08b"), format(3.14159, ".3"), format(0.000012345, ".2e"))
print(format("text", "^10"), format("text", "*<8"), format(True, "^7"), format(True, "d"), format(False, ">6"))
print(format(12345.678, "n"), format(1e21, ""), format(1e21, "f"), format(-0.0, ""), format(-0.0, "+.1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(10, "c"), format(97, "c"), format(42, "#o"), format(42, "#X"), format(42, "+"), format(42, " "), format(-42, " "))
print(format([1, 2], ""), format((1,), ""), format({"a": 1}, ""))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
print(format(2 ** 100, ","), format(-(2 ** 70), "x"), format(10 ** 20, "e"), format(float(10 ** 20), ","))
print(format(0.1, ".20f"), format(1 / 3, ".0%"), format(123.456, "010.2f"), format(-123.456, "010.2f"), format(123.456, "<010.2f"))
