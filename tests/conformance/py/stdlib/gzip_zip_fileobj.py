# Python subclasses of io.BufferedIOBase over in-memory and real files: gzip.GzipFile assigns
# self.mode (no `mode` property on _IOBase, as in CPython), zipfile writes through its own
# writer objects.
import gzip
import io
import os
import zipfile

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb") as g:
    print(g.mode, g.writable(), g.readable(), g.closed)
    g.write(b"hello " * 100)
print(g.closed, len(gzip.decompress(buf.getvalue())))
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as g:
    print(g.read(11), g.readline()[:5])

print(hasattr(io.BytesIO(), "mode"), hasattr(io.StringIO(), "name"))

z = io.BytesIO()
with zipfile.ZipFile(z, "w") as zf:
    zf.writestr("a.txt", "alpha")
    with zf.open("b.bin", "w") as w:
        w.write(b"beta" * 10)
print(z.getvalue()[:4], len(z.getvalue()) > 100)

p = "gzip_zip_fileobj.tmp.gz"  # (the program runs in its own folder)
try:
    with gzip.open(p, "wt") as f:
        f.write("line1\nline2\n")
    with gzip.open(p, "rt") as f:
        print(f.readlines())
    with gzip.open(p) as f:
        print(f.read())
finally:
    os.remove(p)
