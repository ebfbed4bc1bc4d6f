# is / is not with singletons and objects, in / not in across container types, chained membership tests.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True, ... is Ellipsis)
print(type(a) is list, type(True) is bool, type(1) is not bool, isinstance(a, list))
print(2 in a, 3 not in a, "b" in "abc", "bc" in "abc", "d" not in "abc", 1 in {1: "x"}, "x" in {1: "x"})
print(1 in {1, 2}, [1] in [[1], [2]], (1, 2) in {(1, 2)}, 3 in range(5), 5 in range(5), 2.0 in [1, 2, 3])
print(b"a" in b"abc", 97 in b"abc", "a" in ["a"], None in [0, False, ""], 0 in [False], 1 in [True])
x = 3
print(1 < x in range(10) not in [False], (x in [3]) is True, not x in [4], x not in [4])
class Always:
    def __contains__(self, item):
        return item % 2 == 0
print([v in Always() for v in range(4)], 4 not in Always())
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
