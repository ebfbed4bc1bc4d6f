# zlib (native, on the zlib library) and gzip/zipfile on top of it.
import zlib, gzip, io, zipfile

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(300))
c = zlib.compress(text)
print(len(text), len(c), c[:2], zlib.decompress(c) == text)
for level in [0, 1, 6, 9, -1]:
    print(level, len(zlib.compress(text, level)), zlib.decompress(zlib.compress(text, level=level)) == text)
for wbits in [9, 15, -15, 31, 25]:
    z = zlib.compress(text, 6, wbits)
    print(wbits, z[:3], len(z), zlib.decompress(z, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), wbits=47) == text)  # auto-detect header
print(zlib.crc32(b"hello world"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello world"), zlib.adler32(b""), zlib.crc32(b""))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION).__name__)

# streaming objects
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
cc = co.copy()
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.flush())
stream = b"".join(parts)
print(len(stream), len(cc.flush()))
do = zlib.decompressobj(-15)
out = do.decompress(stream[:500]) + do.decompress(stream[500:] + b"TRAILING")
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
chunks = []
data = zlib.compress(text) + b"xyz"
chunks.append(do.decompress(data, 100))
print(len(chunks[0]), len(do.unconsumed_tail) > 0, do.eof)
while not do.eof:
    chunks.append(do.decompress(do.unconsumed_tail, 4096))
print(b"".join(chunks) == text, do.eof, do.unused_data, do.flush())
do2 = zlib.decompressobj()
part = do2.decompress(c[:50])
d3 = do2.copy()
print(len(part) + len(do2.decompress(c[50:])) == len(text), len(d3.decompress(c[50:])))
do4 = zlib.decompressobj()
do4.decompress(c[:-10], 10)
print(len(do4.flush()), do4.eof)

# dictionaries
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
z = co.compress(b"the quick brown fox, the lazy dog") + co.flush()
print(len(z), zlib.decompressobj(zdict=zd).decompress(z))
try:
    zlib.decompressobj().decompress(z)
except zlib.error as e:
    print("error", e)

# errors, with CPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: zlib.decompress(b"not compressed data"))
err(lambda: zlib.decompress(c[:-20]))
err(lambda: zlib.decompress(c[:10] + b"\xff" * 30 + c[40:]))
err(lambda: zlib.compress(b"x", 12))
err(lambda: zlib.compress("text"))
err(lambda: zlib.compressobj(level=42))
err(lambda: zlib.decompressobj(wbits=99))
err(lambda: zlib.decompress(c, 99))
err(lambda: zlib.decompressobj().decompress(b"x", -1))
err(lambda: zlib.decompressobj().flush(0))
err(lambda: zlib.decompressobj().decompress(b"garbage!"))
co = zlib.compressobj()
co.compress(b"x")
co.flush()
err(lambda: co.compress(b"more"))
err(lambda: co.copy())
print(issubclass(zlib.error, Exception))

# gzip
g = gzip.compress(text, mtime=0)
print(g[:10], len(g), gzip.decompress(g) == text)
print(gzip.decompress(g + gzip.compress(b"second member", mtime=0))[-13:])
err(lambda: gzip.decompress(b"\x1f\x8b\x08\x00bad!"))
err(lambda: gzip.decompress(b"not gzip at all"))

