# The script's own folder is first on sys.path: a sibling module (here _helper_local.py) imports directly.
import os
import sys
import _helper_local
from _helper_local import shout
print(_helper_local.GREETING, shout("hey"))
print(os.path.basename(os.path.dirname(_helper_local.__file__)), os.path.realpath(sys.path[0]) == os.path.realpath(os.path.dirname(os.path.abspath(__file__))))
