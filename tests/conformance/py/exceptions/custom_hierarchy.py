# Custom exception classes, hierarchy matching order, args/str/repr, extra attributes.
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
class NotFound(DBError):
    def __str__(self):
        return "not found (code %d)" % self.code
class Plain(AppError):
    pass
for exc in [NotFound("missing", 404), DBError("db down", 500), Plain(), Plain("one"), Plain("a", 2), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.args, repr(e))
    except DBError as e:
        print("DBError:", e, e.code, e.args)
    except AppError as e:
        print("AppError:", type(e).__name__, repr(str(e)), e.args, repr(e))
print(issubclass(NotFound, AppError), NotFound.__mro__[1:4])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, type(e).__name__)
try:
    raise WithDefault("custom")
except Exception as e:
    print(e)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuper(1, 2)
print(e.args, str(e), e.a + e.b)
