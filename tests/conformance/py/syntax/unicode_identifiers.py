# Unicode identifiers (NFKC-normalized), non-ASCII names for variables, functions, classes, attributes.
π = 3.14159
café = "coffee"
def größe(x):
    return x * 2
class Ñandú:
    ñ = "enye"
    def __init__(self):
        self.naïve = True
变量 = "chinese"
Δx = 0.5
print(π, café, größe(21), Ñandú.ñ, Ñandú().naïve, 变量, Δx * 2)
ﬁ = "ligature fi normalizes"
print(fi)
ℌ = "script H"
print(H)
print("π" in globals(), "café" in dir(), [k for k in sorted(globals()) if not k.isascii()])
print(getattr(Ñandú(), "naïve"), "x".isidentifier(), "π".isidentifier(), "1a".isidentifier(), "ﬁ".isidentifier())
