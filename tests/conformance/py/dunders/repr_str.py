# __repr__ and __str__: which one print, str(), repr(), containers, f-strings and %r use.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"
b, r = Both(), OnlyRepr()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b}, f"{b} {b!r} {r}", "%s %r" % (b, b))
s = OnlyStr()
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at "))
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children) if self.children else "Node(%r)" % self.v
print(Node(1, [Node("a"), Node(2.5, [Node(None)])]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(repr(Both), str(int), repr(len), repr(print))
