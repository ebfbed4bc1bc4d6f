# Helper package: re-exports from submodules through relative imports.
from .circle import Circle
from . import square
from .. import geometry as _geo
__version__ = "1.0"
print("shapes package initialised:", __name__, __package__)
def unit_area():
    return _geo.area(1)
