# os.path join/basename/dirname/splitext/split/exists/isdir/isfile/relpath on paths under a temp dir.
import os
import os.path
import tempfile
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("", "x"))
print(os.path.basename("dir/sub/file.tar.gz"), os.path.dirname("dir/sub/file.tar.gz"), os.path.splitext("dir/file.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.split("dir/sub/file"), os.path.split("file"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.splitext("noext"), os.path.basename("dir/"), os.sep, os.path.commonprefix(["abc", "abd"]))
with tempfile.TemporaryDirectory() as tmp:
    sub = os.path.join(tmp, "sub")
    os.mkdir(sub)
    f = os.path.join(sub, "data.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    print(os.path.exists(f), os.path.isfile(f), os.path.isdir(sub), os.path.isdir(f), os.path.exists(os.path.join(tmp, "nope")))
    print(os.path.relpath(f, tmp), os.path.getsize(f), os.path.basename(f), os.path.dirname(f) == sub)
    os.makedirs(os.path.join(tmp, "a", "b", "c"))
    for root, dirs, files in sorted(os.walk(tmp)):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    os.rename(f, os.path.join(sub, "renamed.txt"))
    print(sorted(os.listdir(sub)))
    os.remove(os.path.join(sub, "renamed.txt"))
    print(os.listdir(sub), os.path.abspath(tmp) == os.path.realpath(tmp) or True)
print(os.path.exists(tmp))
