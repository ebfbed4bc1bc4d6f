# Importing a helper module from modules/ after inserting that folder into sys.path; module caching.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "modules"))
import geometry
import geometry as g2
from geometry import area, PI
print(geometry.area(2), area(1), PI, g2 is geometry, sys.modules["geometry"] is geometry)
print(geometry.__name__, os.path.basename(geometry.__file__), sorted(n for n in dir(geometry) if not n.startswith("__")))
geometry.bump()
import geometry
print(geometry.bump(), g2.counter)
import importlib
again = importlib.import_module("geometry")
print(again is geometry)
