# Exceptions with __str__/__repr__ overrides, args mutation, exception equality, exceptions as values.
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code, self.detail = code, detail
    def __str__(self):
        return "[%d] %s" % (self.code, self.detail)
e = Detailed(404, "not found")
print(e, repr(e), e.args, str(e), f"{e}", "%s" % e)
e.args = ("changed",)
print(e.args, str(e), repr(e))
errs = [ValueError("a"), ValueError("a"), TypeError("a")]
print(errs[0] == errs[1], errs[0] == errs[0], [type(x).__name__ for x in errs])
def risky(i):
    if i % 3 == 0:
        raise ValueError("div3: %d" % i)
    return i
results = []
for i in range(7):
    try:
        results.append(risky(i))
    except ValueError as ex:
        results.append(ex)
print([str(r) if isinstance(r, Exception) else r for r in results])
class Silent(Exception):
    def __str__(self):
        return ""
print(repr(str(Silent("x"))), repr(Silent("x")))
print(str(KeyError("a b")), str(KeyError("")), str(KeyError(1)), repr(IndexError(0)))
