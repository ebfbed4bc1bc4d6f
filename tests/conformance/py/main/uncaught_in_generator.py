# An exception escaping from a generator consumed by a for loop ends the program with status 1.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
total = 0
for n in numbers():
    total += n
    print("running total", total)
print("never printed")
