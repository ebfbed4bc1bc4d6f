# Path arguments that are str subclasses (pdb's _ScriptTarget, pathlib-like wrappers) are paths.
import os
import tempfile


class Target(str):
    pass


d = tempfile.mkdtemp()
p = Target(os.path.join(d, "f.txt"))
with open(p, "w") as f:
    f.write("hi")
print(os.stat(p).st_size, os.path.exists(p), os.path.isfile(p), os.listdir(Target(d)))
os.rename(p, Target(os.path.join(d, "g.txt")))
print(sorted(os.listdir(d)))
os.remove(Target(os.path.join(d, "g.txt")))
os.rmdir(Target(d))
print(os.path.exists(d))
try:
    os.stat(3.5)
except TypeError as e:
    print(e)
