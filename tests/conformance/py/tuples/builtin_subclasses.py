# subclasses of set, frozenset, bytes, bytearray, tuple and dict; codec exceptions' attributes.
class S(set): pass
class F(frozenset): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
class D2(dict): pass
s = S([1, 2]); s.add(3)
print(s, type(S([1]) | {2}).__name__, isinstance(S(), set), F([1, 2]), type(F([1])).__name__, F() == frozenset())
print(B(b"ab"), B([65]), BA(b"xy"), T([1, 2]), T(), type(T((1,))).__name__, T([3, 4])[1], len(T("abc")))
print(D(a=1), D([("b", 2)]).extra, D2(x=1), D2({"y": 2}), D2())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe9\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
