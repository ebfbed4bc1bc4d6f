# The format mini-language: fill, align, sign, #, 0, width, grouping, precision, type.
specs = ["", "10", "<10", ">10", "^10", "*^11", "=+10", "010", "+", "-", " ", "#x", "#X", "#o", "#b",
         ",", "_", "_b", "_x", "08.3f", ".2e", "c", "d", "n", ">+08d", "0=8", "x>6", "#010x"]
for spec in specs:
    try:
        print(repr(spec), "[" + format(255, spec) + "]", "[" + format(-42, spec) + "]")
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["", ".3", ".3f", "10.2f", "<10.1e", "+.0f", "#.0f", ".2%", "g", ".10g", "G", "E", "_.2f", ",.1f", "012.3f"]:
    print(repr(spec), "[" + format(1234.5678, spec) + "]", "[" + format(-0.000123, spec) + "]")
for spec in ["", "10", "<5", "^9", ".2", "*>8.3", "s"]:
    print(repr(spec), "[" + format("hello", spec) + "]")
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
print(format(True, "d"), format(True, ""), format(None, ""), format(65, "c"), format(0x1F600, "c"))
