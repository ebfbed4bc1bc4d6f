# sys.argv for a plain run is just the script path; __file__ names this program; sys.path[0] is its folder.
import os
import sys
print(len(sys.argv), os.path.basename(sys.argv[0]), os.path.basename(__file__))
print(os.path.samefile(sys.argv[0], __file__), os.path.basename(os.path.dirname(os.path.abspath(__file__))))
print(os.path.realpath(sys.path[0]) == os.path.realpath(os.path.dirname(os.path.abspath(__file__))))
print(__name__, __package__, __spec__ is None)
