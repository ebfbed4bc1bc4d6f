# pathlib: pure path arithmetic and a few filesystem calls in a temporary directory.
import os
import pathlib
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/lib/python3.11/json/__init__.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3])
print(p.with_suffix(".txt"), p.with_name("x.py"), p.relative_to("/usr"))
print(PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("a/b/c.tar.gz").suffixes)
print(PurePosixPath("/a/b").is_absolute(), PurePosixPath("a/b").is_absolute())
print(list(PurePosixPath("/a/b/c").parents))
print(PurePosixPath("a/b").match("*/b"), PurePosixPath("a", "..", "b").as_posix())
print(repr(Path("x/y")), str(Path("x") / "y"))

with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    f = base / "hello.txt"
    f.write_text("hi there\n")
    print(f.exists(), f.is_file(), f.is_dir(), f.read_text(), end="")
    print(f.stat().st_size)
    (base / "sub").mkdir()
    (base / "sub" / "a.py").write_text("x = 1\n")
    (base / "sub" / "b.txt").write_bytes(b"bin")
    print(sorted(q.name for q in base.iterdir()))
    print(sorted(str(q.relative_to(base)) for q in base.glob("**/*.py")))
    print(sorted(q.name for q in (base / "sub").glob("*.txt")))
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    g.unlink()
    print(sorted(q.name for q in base.iterdir()))
    print((base / "sub" / "b.txt").read_bytes())
