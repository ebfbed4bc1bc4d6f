# bytearray as a mutable buffer: building binary data, slice edits, in-place ops, memoryview writes, conversions.
buf = bytearray()
for i in range(5):
    buf += i.to_bytes(2, "big")
print(buf, len(buf), buf.hex())
buf[0:2] = b"\xff\xfe"
buf.extend(range(3))
buf.append(0x41)
print(buf, buf.count(0), buf.find(b"\x00\x03"), buf.rfind(0))
mv = memoryview(buf)
mv[0] = 1
mv[2:4] = b"ZZ"
print(buf[:6], mv.nbytes, mv.readonly, bytes(mv[-4:]), mv.tolist()[:4])
mv.release()
del buf[::2]
print(buf)
buf[:] = b"reset"
buf.insert(0, ord("!"))
print(buf, buf.decode(), buf.upper(), buf.replace(b"e", b"E"), bytes(buf), buf.pop(), buf)
ba = bytearray(b"x") * 3
ba *= 2
print(ba, ba == b"xxxxxx", b"xxxxxx" == ba, bytearray(b"a") < b"b", hash(bytes(ba)) == hash(b"xxxxxx"))
ba.clear()
print(ba, len(ba), bytearray.fromhex("41 42"), bytearray(range(3)).hex("-"))
