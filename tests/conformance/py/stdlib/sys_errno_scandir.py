# sys's struct sequences (version_info, float_info, int_info, hash_info), sys.stdin/excepthook,
# the errno module, os.scandir's DirEntry objects and shutil/tempfile cleanup built on them.
import sys, errno, os, shutil, tempfile
vi = sys.version_info
print(vi[:2] == (vi.major, vi.minor), vi >= (3, 0), len(vi), type(vi).__name__, isinstance(vi, tuple))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.dig, sys.float_info[8] == sys.float_info.epsilon)
print(sys.int_info, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(type(sys.float_info).__name__, sys.float_info.n_fields if hasattr(sys.float_info, "n_fields") else 11)
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__, hasattr(sys.stdin, "readline"))
print(sys.getsizeof(1) > 0, sys.getsizeof([1, 2]) > sys.getsizeof([]))
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.EAGAIN], len(errno.errorcode) > 100, all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
base = tempfile.mkdtemp()
os.makedirs(os.path.join(base, "sub", "deeper"))
with open(os.path.join(base, "file.txt"), "w") as f:
    f.write("12345")
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
          os.fspath(e) == e.path, e.inode() == e.stat().st_ino)
print(entries[0].stat().st_size, [e.name for e in os.scandir(os.path.join(base, "sub"))])
print(sorted(e.name for e in os.scandir(os.fsencode(base))))
try:
    os.scandir(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno == errno.ENOENT, e.strerror)
walked = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
print(sorted(walked))
shutil.rmtree(base)
print(os.path.exists(base))
with tempfile.TemporaryDirectory() as t:
    open(os.path.join(t, "x"), "w").close()
    os.mkdir(os.path.join(t, "d"))
    print(sorted(os.listdir(t)))
print(os.path.exists(t))
