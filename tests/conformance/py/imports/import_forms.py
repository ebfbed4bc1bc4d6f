# import a.b as c, from x import y as z, __import__, importlib.import_module, from m import * with __all__.
import modules.shapes.circle as circ
from modules.shapes import square as sq
from modules.geometry import perimeter as per
print(circ.Circle(1), sq.area(4), per(1))
top = __import__("modules.geometry")
print(top.__name__, top.geometry.PI)
leaf = __import__("modules.geometry", fromlist=["area"])
print(leaf.__name__)
import importlib
m = importlib.import_module(".shapes.square", package="modules")
print(m.__name__, m.area(5))
ns = {}
exec("from modules.geometry import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
import sys
print("modules.shapes.circle" in sys.modules, type(sys.modules["modules"]).__name__)
