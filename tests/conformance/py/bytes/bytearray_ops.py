# bytearray is mutable: item/slice assignment, append/extend/pop/insert/remove, in-place ops.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("!"))
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"++"))
print(bytearray(3), bytearray([1, 2]), bytearray("abc", "ascii"), bytes(bytearray(b"xy")))
ba2 = bytearray(b"abcdef")
ba2[::2] = b"XYZ"
print(ba2, ba2.upper(), ba2 == b"XbYdZf", ba2.reverse(), ba2)
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba2)
except TypeError as e:
    print("TypeError:", e)
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:4]), m.tobytes(), len(m))
