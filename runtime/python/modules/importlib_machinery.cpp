// runtime/python/modules/importlib_machinery.cpp — a native `importlib.machinery` (pymisc): the
// file-suffix facts inspect, pkgutil and modulefinder-like code read (SOURCE_SUFFIXES, the
// bytecode and extension suffix lists, all_suffixes()) and the classes of module specs
// (ModuleSpec, SourceFileLoader, BuiltinImporter, FileFinder: py_import.cpp's bootstrap). The import system is our own
// (docs/python_imports.md), so CPython's path finders are not provided.
#include "frontends/python/compiler.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

static const char* kMachinerySource = R"PY(
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []  # no C extension modules can be loaded

def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
)PY";

void initImportlibMachinery(PyLanguage& P, Object* module) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(module));
  FunctionProto* proto = compilePython(P, kMachinerySource, "<importlib.machinery>", int(::py::CompileMode::Exec));
  Rooted rp(vm, Value::cell(proto));
  runInNamespace(P, proto, asObject(rm));
  for (const char* name : {"SourceFileLoader", "BuiltinImporter", "ModuleSpec", "FileFinder"})
    P.nsSet(asObject(rm), P.s(name), bootstrapName(P, name));
}

}  // namespace dualvm::py
