# open() for writing, appending and reading text in a temporary directory; iteration; with closes files.
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        f.writelines(["third\n", "fourth\n"])
    print("wrote", n, f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "a") as f:
        print("appended", file=f)
    with open(path) as f:
        print(f.readline().rstrip(), "|", f.readline().rstrip())
        print(f.readlines())
    with open(path) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(path, "r", encoding="utf-8") as f:
        print(len(f.read(5)), f.read(6))
    with open(path, "w", encoding="utf-8") as f:
        f.write("ünïcödé ☃\n")
    with open(path, encoding="utf-8") as f:
        print(f.read().strip())
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "wb") as f:
        f.write(b"\x00\x01binary")
    with open(path, "rb") as f:
        print(f.read(), os.path.getsize(path))
    print(os.path.exists(path), os.path.basename(path), sorted(os.listdir(tmp)))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
print(os.path.exists(path))
