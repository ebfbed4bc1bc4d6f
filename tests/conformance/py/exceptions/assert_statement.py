# assert with and without messages; AssertionError args.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(check(5))
for v in [-1, 0]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args[0])
assert True, "never evaluated %s" % (1 / 0 if False else "")
calls = []
assert calls.append(1) is None
print(calls)
