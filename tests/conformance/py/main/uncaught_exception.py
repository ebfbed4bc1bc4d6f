# An uncaught exception: stdout printed before it is kept, the traceback goes to stderr, exit status 1.
def inner(d):
    return d["missing"]
def outer():
    print("about to fail")
    return inner({})
print("start")
try:
    print("handled first:", 1 / 1)
finally:
    print("finally before the failure")
outer()
print("never printed")
