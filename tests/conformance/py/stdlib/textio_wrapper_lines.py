# linecache reads source through tokenize.open: a TextIOWrapper over a binary file, read line by
# line (incremental UTF-8 decoding, universal newlines); traceback prints the lines it finds.
import io
import linecache
import os
import tempfile
import tokenize
import traceback

print(repr(linecache.getline(__file__, 1)))
print(len(linecache.getlines(__file__)) > 10)

with tokenize.open(__file__) as f:
    print(f.mode, f.encoding, repr(f.readline()))

# TextIOWrapper over BytesIO: readline, iteration, read(n), newline modes, multi-byte characters
data = "caf\u00e9\r\nna\u00efve\rline3\nend \u20ac".encode("utf-8")
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print([w.readline() for _ in range(5)])
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
print(list(w))
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="\n")
print(w.readlines())
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print(repr(w.read(3)), repr(w.readline()), repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfbom\nx"), encoding="utf-8-sig")
print(w.readlines())
w = io.TextIOWrapper(io.BytesIO("\u00e9t\u00e9\n".encode("latin-1")), encoding="latin-1")
print(w.readline())

# a file whose multi-byte characters straddle the 8192-byte read chunks
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "m.py")
    line = "x = '" + "\u00e9\u20ac" * 1000 + "'\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write("# first\n" + line * 5)
    with tokenize.open(p) as f:
        lines = f.readlines()
    print(len(lines), lines[0], all(l == line for l in lines[1:]))
    print(linecache.getline(p, 3) == line)

try:
    int("nope")
except ValueError:
    text = traceback.format_exc()
print(text.replace(__file__, os.path.basename(__file__)), end="")
