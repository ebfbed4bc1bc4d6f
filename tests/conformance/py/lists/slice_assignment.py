# Slice assignment (growing/shrinking), extended slices, del of slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = range(8)
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[::-3] = "XYZ"
print(a)
del a[1::2]
print(a)
del a[:2]
print(a)
b = list(range(10))
del b[::-1]
print(b)
c = list(range(6))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c[5:2] = ["ins"]
print(c)
c[10:] = [9]
print(c)
d = [1, 2, 3]
d[0:2] = d
print(d)
e = list("abcdefgh")
e[slice(1, 7, 2)] = "123"
print(e, e[slice(None, None, -2)])
