# ExceptionGroup and except* (Python 3.11): splitting a group among handlers, subgroup, nesting.
try:
    eg = ExceptionGroup("group", [ValueError(1), TypeError(2)])
    raise eg
except* ValueError as g:
    print("except* ValueError", [repr(x) for x in g.exceptions])
except* TypeError as g:
    print("except* TypeError", [repr(x) for x in g.exceptions])
eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("v"), OSError("o")])])
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))
match, rest = eg.split(LookupError)
print(repr(match), repr(rest))
try:
    raise eg
except* OSError as g:
    print("OSError part:", repr(g))
except* LookupError as g:
    print("LookupError part:", repr(g))
except* ValueError as g:
    print("ValueError part:", repr(g))
try:
    try:
        raise ExceptionGroup("unhandled", [ZeroDivisionError(), TypeError("t")])
    except* ZeroDivisionError:
        print("handled ZeroDivisionError only")
except ExceptionGroup as rest_group:
    print("propagated:", repr(rest_group))
print(str(eg), eg.message, len(eg.exceptions), issubclass(ExceptionGroup, Exception))
