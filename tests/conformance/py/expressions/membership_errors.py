# `in` on values that are not containers: CPython's "argument of type ... is not iterable".
for obj in (1, None, 2.5, True, len, object()):
    try:
        3 in obj
    except TypeError as e:
        print(e)


class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i


class OnlyIter:
    def __iter__(self):
        return iter("abc")


print(2 in OnlyGetitem(), 9 in OnlyGetitem(), "b" in OnlyIter(), 1 in zip([1]), 2 in {1: 2}.values())
try:
    "a" in 5
except TypeError as e:
    print(e)
