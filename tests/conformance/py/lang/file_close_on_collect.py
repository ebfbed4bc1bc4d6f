# A file object that is never closed is flushed and closed when it is collected, and at exit:
# open(p, 'w').write(s) leaves the data in the file.
import gc
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")

open(p, "w").write("hello\n")
gc.collect()
with open(p) as f:
    print(repr(f.read()))

def write_lines(path, n):
    f = open(path, "w")
    for i in range(n):
        f.write("line %d\n" % i)
    # no close: f dies when the function returns

write_lines(p, 3)
gc.collect()
print(open(p).read().splitlines())

# binary and buffered writers too
q = os.path.join(d, "b.bin")
open(q, "wb").write(b"\x00\x01\x02")
gc.collect()
print(open(q, "rb").read())

# a TextIOWrapper over a binary file
import io
r = os.path.join(d, "c.txt")
t = io.TextIOWrapper(open(r, "wb"), encoding="utf-8")
t.write("wrapped\n")
del t
gc.collect()
print(repr(open(r).read()))

# an object with __del__ that writes to a file it owns
class Log:
    def __init__(self, path):
        self.f = open(path, "w")
    def __del__(self):
        self.f.write("closing log\n")
        self.f.close()

s = os.path.join(d, "log.txt")
log = Log(s)
log.f.write("started\n")
del log
gc.collect()
print(open(s).read().splitlines())

# a Python subclass of an io base class is closed (close() called once) when collected
class Sink(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        return len(b)
    def close(self):
        if not self.closed:
            print("Sink.close")
        super().close()

sink = Sink()
sink.write(b"data")
del sink
gc.collect()
closed_sink = Sink()
closed_sink.close()
del closed_sink
gc.collect()
print("sinks done")

# files still open at exit are flushed: a child process writes without closing
import subprocess, sys
child = os.path.join(d, "child.txt")
code = "f = open(%r, 'w'); f.write('from child\\n')" % child
subprocess.run([sys.executable, "-c", code])
print(open(child).read().splitlines())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print("done")
