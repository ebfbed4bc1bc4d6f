# ImportError/ModuleNotFoundError behaviour: names, messages without paths, partial from-imports.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import modules.no_such_child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from modules.geometry import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, "does_not_exist" in str(e), isinstance(e, ModuleNotFoundError))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nothing_here' from 'math'"))
print(issubclass(ModuleNotFoundError, ImportError))
import modules.geometry as g
print(g._private, hasattr(g, "__all__"), g.__all__)
