# repr of floats inside containers, nested tuples/dicts/sets, empty containers and special values.
print([0.1, 1.0, 1e-7, 1e16, float("inf"), -0.0, 2.5e-300], (0.5,), {1.5: 2.25})
print({"k": [1, (2, {3: [4.0]})]}, [[], {}, (), set(), frozenset(), ""], [None, True, ...])
print(repr([1, "two", 3.0, None, [b"b", bytearray(b"ba")]]), str((1, "two")))
print([range(3), slice(1, 2), range(0, 10, 2)], [type, int, object], [len, abs])
print({1: {2: {3: {}}}}, [[[[]]]], ((((),),),), {(1, 2): {(3,): "deep"}})
print(sorted({3.5, 1.25, -2.0}), sorted({10 ** 20, 1, -5}), [complex(1, -1), 1j, -1j])
print(repr(1e300 * 10), repr(-1e300 * 10), repr(float("nan")), [float("nan")], str(1e-320))
