# str.format with positional, keyword, indexed and attribute fields, conversions and nesting.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)
p = Point(3, 4)
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30), "{0[1]} {0[0]}".format(["L0", "L1"]))
print("{p.x},{p.y} {p} {p!r} {p!s:>10}".format(p=p), "{0.x}".format(p))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "r", w=8, p=2))
print("{{}} {{{}}}".format(7), "{!r:<8}|".format("s"), "{:^7}|".format(True))
print("{0:.3} {0:.3%} {1:+,}".format(0.5, 123456789))
args = ["x", "y"]
kwargs = {"k": "K"}
print("{} {} {k}".format(*args, **kwargs))
print("{0!s} {0!r} {0!a}".format("é"))
print("{:,}".format(1234567.125), "{:_d}".format(-1234567), "{:e}".format(0))
for bad in ["{", "}", "{0} {}", "{1}", "{x}", "{0.nope}"]:
    try:
        print(bad.format("a"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print("{0:{1}}".format(5, "03"), "{:>{}}".format("z", 4))
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}))
