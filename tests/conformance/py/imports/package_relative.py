# A package with __init__.py and relative imports (., .., from . import x) loaded via the script folder.
import modules.shapes as shapes
from modules.shapes import Circle, square
from modules.shapes.square import circumscribed
print(shapes.__version__, Circle(2).area(), square.area(3), circumscribed(2), shapes.unit_area())
print(shapes.__name__, shapes.__package__, shapes.circle.__name__, shapes.circle.__package__)
import modules.geometry
print(modules.geometry.PI, modules.shapes is shapes, hasattr(modules, "geometry"))
print(os_path_basename := __import__("os").path.basename(shapes.__path__[0]))
