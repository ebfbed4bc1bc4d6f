# Compound statement forms: nested blocks, elif chains, pass/...,  global/del in blocks, docstrings.
def classify(n):
    """Classify a number."""
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        if n % 2:
            kind = "small odd"
        else:
            kind = "small even"
    else:
        kind = "large"
    return kind
print([classify(n) for n in (-3, 0, 3, 4, 42)], classify.__doc__)
class Doc:
    """Class docstring."""
    def method(self):
        """Method docstring."""
        ...
print(Doc.__doc__, Doc.method.__doc__, Doc().method())
def placeholder():
    pass
print(placeholder(), ..., type(...).__name__)
x = 0
while True:
    x += 1
    if x < 3:
        continue
    try:
        if x == 3:
            raise ValueError
    except ValueError:
        x += 10
    else:
        pass
    finally:
        if x > 10:
            break
print(x)
with open(__file__) as f1, open(__file__) as f2:
    print(f1.readline() == f2.readline())
def gen():
    """Generator docstring."""
    yield from ()
print(gen.__doc__, list(gen()))
