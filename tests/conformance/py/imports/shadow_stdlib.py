# A local module shadows a standard-library module of the same name when its folder comes first on sys.path.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "modules", "shadowing"))
import colorsys
print(colorsys.SHADOW, colorsys.rgb_to_hsv(1, 0, 0), os.path.basename(os.path.dirname(colorsys.__file__)))
import json
print(json.dumps({"json": "still the library"}))
