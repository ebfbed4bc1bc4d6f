# **kwargs preserve call-site order; keyword-only defaults; merging keyword dicts; call with both *args and **kwargs.
def show(*args, **kwargs):
    return args, list(kwargs.items())
print(show(1, 2, z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(*range(3), *"ab", **dict(x=1), **{"y": 2}))
def opts(a, *, verbose=False, level=1, **rest):
    return a, verbose, level, rest
print(opts(1), opts(2, level=5, extra=True, verbose=True))
def forward(*args, **kwargs):
    return opts(*args, **kwargs)
print(forward(3, verbose=1))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
def positional_and_kw(a, b, /, c=3, *, d=4):
    return a + b + c + d
print(positional_and_kw(1, 2), positional_and_kw(1, 2, 30), positional_and_kw(1, 2, c=10, d=20))
