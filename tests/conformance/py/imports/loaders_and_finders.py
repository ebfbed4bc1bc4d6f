# Module loaders and finders as CPython's importlib provides them: plugin discovery with
# pkgutil.iter_modules, loading a file by path (spec_from_file_location + module_from_spec +
# exec_module), loaders' get_source/get_data/is_package, ModuleSpec, runpy.run_module.
import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import runpy
import sys

import modules.plugins as plugins

here = os.path.dirname(os.path.abspath(__file__))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(plugins.__path__)))
for m in sorted(pkgutil.iter_modules(plugins.__path__, plugins.__name__ + "."), key=lambda m: m.name):
    if not m.ispkg:
        print(m.name, importlib.import_module(m.name).NAME, type(m.module_finder).__name__)

path = os.path.join(here, "modules", "plugins", "alpha.py")
spec = importlib.util.spec_from_file_location("dyn_alpha", path)
print(spec.name, type(spec.loader).__name__, spec.origin == path, repr(spec.parent), spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__ == path, hasattr(mod, "NAME"), "dyn_alpha" in sys.modules)
spec.loader.exec_module(mod)
print(mod.NAME, "dyn_alpha" in sys.modules)

beta = importlib.util.find_spec("modules.plugins.beta")
print(repr(beta).replace(here, "HERE").split(" object at ")[0], beta.parent)
print(pkgutil.get_data("modules.plugins", "alpha.py"))
print(type(plugins.__loader__).__name__, plugins.__spec__.parent,
      plugins.__spec__.submodule_search_locations == [os.path.join(here, "modules", "plugins")])
import json
print(json.__spec__.loader.is_package("json"), json.__loader__.get_source("json").splitlines()[0])
print(json.__loader__.get_code("json").co_filename == json.__file__)
print(type(sys.__loader__).__name__, sys.__spec__.origin, importlib.machinery.BuiltinImporter.is_package("sys"))
print(importlib.machinery.ModuleSpec("x", None).parent, importlib.machinery.ModuleSpec("a.b", None, is_package=True).parent)
print(importlib.util.spec_from_loader("zz", None))
print(pkgutil.find_loader("modules.plugins.alpha").name)
print(pkgutil.get_importer(os.path.join(here, "modules")).path == os.path.join(here, "modules"))
ns = runpy.run_module("modules.plugins.beta")
print(ns["NAME"], ns["__name__"])
