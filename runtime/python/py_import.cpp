// runtime/python/py_import.cpp — the import system, as CPython's importlib._bootstrap resolves
// names: `import` / `from ... import` (the ImportName/ImportFrom/ImportStar intrinsics),
// __import__, importlib.import_module (a small native `importlib`), sys.modules (a real dict
// shared with Python code), module objects and their __spec__.
//
// Search order for a top-level name: sys.modules; a native module from modules/module_table.cpp
// (these are CPython's built-in modules: they win over a .py of the same name); then each
// directory of sys.path: <dir>/<name>/__init__.py (a package), <dir>/<name>.py, and last a
// directory without __init__.py (a namespace package). A submodule is searched for in its
// parent package's __path__. sys.path starts as [the script's folder ('' for -c and stdin),
// /usr/lib/python3.11]: CPython's pure-Python standard library is loaded unchanged from there;
// lib-dynload (C extensions) is not searched.
#include <sys/stat.h>
#include <fstream>
#include <sstream>
#include "frontends/python/compiler.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_module.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

#define L (lang(vm))

static const char* kStdlibDir = "/usr/lib/python3.11";

Object* newModule(PyLanguage& P, const char* name) {
  VM& vm = P.vm;
  Object* m = vm.heap.make<Object>(vm.emptyShape(), P.t.module);
  vm.addPermanentRoot(Value::cell(m));
  Rooted rm(vm, Value::cell(m));
  m->putDirect(vm, P.s("__name__"), P.newStr(name));
  m->putDirect(vm, P.s("__doc__"), Value::null());
  return m;
}

void setFunctionsModule(PyLanguage& P, Object* module, const char* name) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(module));
  Rooted modName(vm, P.newStr(name));
  for (uint32_t i = 0; i < asObject(rm)->propertyCount(); i++) {
    Value f = asObject(rm)->slot(i);
    if (isNativeFunction(f)) asObject(f)->putDirect(vm, P.s("__module__"), modName);
  }
}

Object* moduleFromSource(PyLanguage& P, const char* name, const char* source, const char* file) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(newModule(P, name)));
  asObject(rm)->putDirect(vm, P.s("__builtins__"), Value::cell(P.builtins));
  FunctionProto* proto = compilePython(P, source, file, int(::py::CompileMode::Exec));
  Rooted rp(vm, Value::cell(proto));
  runInNamespace(P, proto, asObject(rm));
  return asObject(rm);
}

static bool isFile(const std::string& p) { struct stat st; return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode); }
static bool isDir(const std::string& p) { struct stat st; return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode); }
static std::string joinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

// ---- sys.modules ----

static PyDict* modulesDict(PyLanguage& P) {
  if (P.sysModules.isUndefined() || !isDict(P.sysModules)) {
    P.sysModules = P.newDict();
    P.vm.addPermanentRoot(P.sysModules);
  }
  return asDict(P.sysModules);
}

static Value cachedModule(PyLanguage& P, const std::string& name) {
  return P.dictGet(modulesDict(P), P.newStr(name));
}

[[noreturn]] static void raiseNotFound(PyLanguage& P, const std::string& message, const std::string& name) {
  VM& vm = P.vm;
  Rooted e(vm, P.makeException(P.t.ModuleNotFoundError, message));
  asObject(e)->putDirect(vm, P.s("name"), P.newStr(name));
  asObject(e)->putDirect(vm, P.s("path"), Value::null());
  vm.throwValue(e);
}

[[noreturn]] static void raiseImportError(PyLanguage& P, const std::string& message, Value name, Value path) {
  VM& vm = P.vm;
  Rooted rn(vm, name), rp(vm, path);
  Rooted e(vm, P.makeException(P.t.ImportError, message));
  asObject(e)->putDirect(vm, P.s("name"), rn);
  asObject(e)->putDirect(vm, P.s("path"), rp);
  vm.throwValue(e);
}

// ---- module specs (importlib.machinery.ModuleSpec's attributes, as a plain object) ----


// ---- loaders ----
// spec.loader / module.__loader__ are objects with CPython's loader interface, so runpy (-m),
// pkgutil.get_data, inspect and linecache's lazy source lookups work unchanged. The loading
// itself stays native (loadModule below); exec_module is only for code that drives a loader.
static const char* kLoaderSource = R"PY(
class SourceFileLoader:
    """Loader of a Python source file (importlib.machinery.SourceFileLoader's interface)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        import io, tokenize
        data = self.get_data(self.path)
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
        return io.TextIOWrapper(io.BytesIO(data), encoding, newline=None).read()

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        return self.source_to_code(self.get_data(self.path), self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname):
        import importlib
        return importlib.import_module(fullname)

    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


class ModuleSpec:
    """A module's import-related state (importlib.machinery.ModuleSpec)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False
        self._initializing = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and self.cached == other.cached and
                    self.submodule_search_locations == other.submodule_search_locations and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented


class FileFinder:
    """A directory's finder (importlib.machinery.FileFinder's interface), made by sys.path_hooks
    for pkgutil.iter_modules and find_spec; the import statement itself is resolved natively."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import os
        tail = fullname.rpartition('.')[2]
        base = os.path.join(self.path, tail)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            spec = spec_from_file_location(fullname, init, submodule_search_locations=[base])
        elif os.path.isfile(base + '.py'):
            spec = spec_from_file_location(fullname, base + '.py')
        else:
            return None
        return spec

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """importlib.util.spec_from_file_location: the spec of a module at a file path."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """importlib.util.spec_from_loader."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename') and origin is None:
        return spec_from_file_location(name, loader=loader)
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """importlib.util.module_from_spec: a new module initialised from spec (its code not run)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(__builtins__)(spec.name) if not isinstance(__builtins__, dict) else None
        if module is None:
            import sys
            module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def decode_source(source_bytes):
    """importlib.util.decode_source: bytes to str with universal newlines."""
    import io, tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    return io.TextIOWrapper(io.BytesIO(source_bytes), encoding, newline=None).read()


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')


class BuiltinImporter:
    """Loader of the native modules, CPython's built-in modules (used as the class itself)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import sys, importlib.util
        if fullname not in sys.builtin_module_names:
            return None
        return importlib.util.find_spec(fullname)

    @staticmethod
    def create_module(spec):
        import importlib
        return importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False
)PY";

// The namespace of kLoaderSource, made once (named as CPython's frozen bootstrap module); its
// classes are also kept as internal types for the native code here.
static Object* bootstrapNamespace(PyLanguage& P) {
  if (PyType* t = internalType(P, "__dualvm_SourceFileLoader__"))
    return asObject(P.nsGet(t, P.s("__dualvm_namespace__")));
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(moduleFromSource(P, "_frozen_importlib_external", kLoaderSource, "<frozen importlib._bootstrap_external>")));
  for (const char* name : {"SourceFileLoader", "BuiltinImporter", "ModuleSpec", "FileFinder"})
    setInternalType(P, (std::string("__dualvm_") + name + "__").c_str(), asType(P.nsGet(asObject(rm), P.s(name))));
  internalType(P, "__dualvm_SourceFileLoader__")->putDirect(vm, P.s("__dualvm_namespace__"), rm);
  return asObject(rm);
}

// A name defined by kLoaderSource (the classes, importlib.util's functions).
Value bootstrapName(PyLanguage& P, const char* name) { return P.nsGet(bootstrapNamespace(P), P.s(name)); }

PyType* loaderType(PyLanguage& P, bool builtin) { return asType(bootstrapName(P, builtin ? "BuiltinImporter" : "SourceFileLoader")); }

// The loader of a module found at `origin`: a SourceFileLoader for a .py file, BuiltinImporter
// for a native module, None for a namespace package.
static Value loaderFor(PyLanguage& P, const std::string& name, Value origin) {
  if (!isString(origin)) return Value::null();
  VM& vm = P.vm;
  Rooted ro(vm, origin);
  if (asString(origin)->toUtf8() == "built-in") return Value::cell(loaderType(P, true));
  Rooted cls(vm, Value::cell(loaderType(P, false)));
  Value args[2] = {P.newStr(name), ro.get()};
  Rooted a0(vm, args[0]);
  return P.call(cls, args, 2);
}

static Value makeSpec(PyLanguage& P, const std::string& name, Value origin, Value searchLocations) {
  VM& vm = P.vm;
  Rooted ro(vm, origin), rs(vm, searchLocations);
  Rooted loader(vm, loaderFor(P, name, origin));
  Object* spec = vm.heap.make<Object>(vm.emptyShape(), asType(bootstrapName(P, "ModuleSpec")));
  Rooted rspec(vm, Value::cell(spec));
  auto put = [&](const char* k, Value v) { asObject(rspec)->putDirect(vm, P.s(k), v); };
  put("name", P.newStr(name));
  put("loader", loader);
  put("origin", ro);
  put("submodule_search_locations", rs);
  put("loader_state", Value::null());
  put("cached", Value::null());
  put("has_location", Value::boolean(isString(origin) && asString(origin)->toUtf8()[0] == '/'));
  put("_initializing", Value::boolean(false));
  return rspec;
}

static bool initializing(PyLanguage& P, Value module) {
  Value spec = P.getAttr(module, P.s("__spec__"), false);
  if (spec.isMagic(Magic::Empty) || spec.isNullish()) return false;
  Value v = P.getAttr(spec, P.s("_initializing"), false);
  return v.isBool() && v.asBool();
}

// ---- finding and loading ----

struct Found {
  enum Kind { None, Source, Package, Namespace } kind = None;
  std::string file;  // the .py file (Source, Package)
  std::string dir;   // the package directory (Package, Namespace)
};

static Found findIn(PyLanguage& P, const std::string& shortName, Value searchPath) {
  VM& vm = P.vm;
  Found ns;
  RootedVector dirs(vm);
  if (!searchPath.isNullish()) P.collect(searchPath, dirs);
  for (size_t i = 0; i < dirs.size(); i++) {
    if (!isString(dirs[i])) continue;
    std::string d = asString(dirs[i])->toUtf8();
    std::string base = joinPath(d, shortName);
    if (d == std::string(kStdlibDir) + "/lib-dynload") continue;  // C extensions only
    if (isDir(base) && isFile(base + "/__init__.py")) return {Found::Package, base + "/__init__.py", base};
    if (isFile(base + ".py")) return {Found::Source, base + ".py", ""};
    if (ns.kind == Found::None && isDir(base)) ns = {Found::Namespace, "", base};
  }
  return ns;
}

static std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sets the attributes every module gets and registers it in sys.modules.
static void initModuleAttrs(PyLanguage& P, Object* m, const std::string& name, const Found& f) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(m));
  Rooted path(vm, Value::undefined());
  if (f.kind == Found::Package || f.kind == Found::Namespace) {
    Value d = P.newStr(f.dir);
    path = P.newList(&d, 1);
  }
  Rooted file(vm, f.file.empty() ? Value::null() : P.newStr(f.file));
  Rooted spec(vm, makeSpec(P, name, f.file.empty() ? Value::null() : file.get(), path.get().isUndefined() ? Value::null() : path.get()));
  size_t dot = name.rfind('.');
  std::string package = path.get().isUndefined() ? (dot == std::string::npos ? "" : name.substr(0, dot)) : name;
  P.nsSet(m, P.s("__package__"), P.newStr(package));
  P.nsSet(m, P.s("__loader__"), P.getAttr(spec, P.s("loader"), true));
  P.nsSet(m, P.s("__spec__"), spec);
  if (!path.get().isUndefined()) P.nsSet(m, P.s("__path__"), path);
  if (!f.file.empty()) P.nsSet(m, P.s("__file__"), file);
  if (!f.file.empty()) P.nsSet(m, P.s("__cached__"), Value::null());
  P.nsSet(m, P.s("__builtins__"), Value::cell(P.builtins));
}

// Loads a found module: a new module in sys.modules while its code runs (so circular imports see
// it, partially initialised), removed again if the code raises; the result is what sys.modules
// holds afterwards (a module may replace itself there).
static Value loadModule(PyLanguage& P, const std::string& name, const Found& f) {
  VM& vm = P.vm;
  Rooted key(vm, P.newStr(name));
  Object* m = newModule(P, name.c_str());
  Rooted rm(vm, Value::cell(m));
  initModuleAttrs(P, m, name, f);
  P.dictSet(modulesDict(P), key, rm);
  if (f.kind == Found::Namespace) return rm;
  Rooted spec(vm, P.nsGet(m, P.s("__spec__")));
  asObject(spec)->putDirect(vm, P.s("_initializing"), Value::boolean(true));
  try {
    std::string source = readFile(f.file);
    P.sources[f.file] = source;
    FunctionProto* proto = compilePython(P, source, f.file, int(::py::CompileMode::Exec));
    Rooted rp(vm, Value::cell(proto));
    runInNamespace(P, proto, m);
  } catch (ScriptThrow&) {
    Rooted exc(vm, vm.exception);
    asObject(spec)->putDirect(vm, P.s("_initializing"), Value::boolean(false));
    P.dictDel(modulesDict(P), key);
    vm.throwValue(exc);
  }
  asObject(spec)->putDirect(vm, P.s("_initializing"), Value::boolean(false));
  Value r = P.dictGet(modulesDict(P), key);
  if (r.isMagic(Magic::Empty)) raiseImportError(P, "Loaded module " + name + " not found in sys.modules", key, Value::null());
  return r;
}

static Value loadNative(PyLanguage& P, const std::string& name, const NativeModuleDef* def) {
  VM& vm = P.vm;
  if (name == "builtins") {
    P.dictSet(modulesDict(P), P.newStr(name), Value::cell(P.builtins));
    return Value::cell(P.builtins);
  }
  Object* m = newModule(P, name.c_str());
  Rooted rm(vm, Value::cell(m));
  Rooted spec(vm, makeSpec(P, name, P.newStr("built-in"), Value::null()));
  m->putDirect(vm, P.s("__package__"), P.newStr(""));
  m->putDirect(vm, P.s("__loader__"), P.getAttr(spec, P.s("loader"), true));
  m->putDirect(vm, P.s("__spec__"), spec);
  P.dictSet(modulesDict(P), P.newStr(name), rm);  // before init: a native init may import
  try {
    def->init(P, m);
  } catch (ScriptThrow&) {
    Rooted exc(vm, vm.exception);
    P.dictDel(modulesDict(P), P.newStr(name));
    vm.throwValue(exc);
  }
  return rm;
}

// Imports one absolute dotted name whose parent (if any) is imported already (_find_and_load).
static Value findAndLoad(PyLanguage& P, const std::string& name) {
  VM& vm = P.vm;
  Value cached = cachedModule(P, name);
  if (!cached.isMagic(Magic::Empty)) {
    if (cached.isNull()) raiseNotFound(P, "import of " + name + " halted; None in sys.modules", name);
    return cached;
  }
  size_t dot = name.rfind('.');
  Rooted searchPath(vm);
  Rooted parentModule(vm);
  if (dot == std::string::npos) {
    if (const NativeModuleDef* def = findNativeModule(name)) return loadNative(P, name, def);
    if (name == "builtins") return loadNative(P, name, nullptr);
    Value sp = P.sysModule ? P.nsGet(P.sysModule, P.s("path")) : Value::empty();
    searchPath = sp.isMagic(Magic::Empty) ? Value::null() : sp;
  } else {
    std::string parent = name.substr(0, dot);
    parentModule = cachedModule(P, parent);
    Value pp = P.getAttr(parentModule, P.s("__path__"), false);
    if (pp.isMagic(Magic::Empty))
      raiseNotFound(P, "No module named '" + name + "'; '" + parent + "' is not a package", name);
    searchPath = pp;
    // importing the parent may have imported this module as a side effect
    cached = cachedModule(P, name);
    if (!cached.isMagic(Magic::Empty)) return cached;
    if (const NativeModuleDef* def = findNativeModule(name)) {  // importlib.util
      Rooted m(vm, loadNative(P, name, def));
      P.setAttr(parentModule, vm.intern(name.substr(dot + 1)), m);
      return m;
    }
  }
  Found f = findIn(P, dot == std::string::npos ? name : name.substr(dot + 1), searchPath);
  if (f.kind == Found::None) raiseNotFound(P, "No module named '" + name + "'", name);
  Rooted m(vm, loadModule(P, name, f));
  if (dot != std::string::npos) {
    // bind the submodule as an attribute of its parent
    Rooted pm(vm, cachedModule(P, name.substr(0, dot)));
    if (!pm.get().isMagic(Magic::Empty)) {
      try { P.setAttr(pm, vm.intern(name.substr(dot + 1)), m); } catch (ScriptThrow&) { vm.exception = Value::undefined(); }
    }
  }
  return m;
}

// _gcd_import: imports every prefix of a dotted absolute name; returns the last module.
static Value gcdImport(PyLanguage& P, const std::string& name) {
  VM& vm = P.vm;
  if (name.empty()) P.raise(P.t.ValueError, "Empty module name");
  Rooted m(vm);
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    std::string prefix = dot == std::string::npos ? name : name.substr(0, dot);
    m = findAndLoad(P, prefix);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return m;
}

// The absolute name of a relative import from the module whose globals are `globals`.
static std::string resolveName(PyLanguage& P, const std::string& name, Object* globals, int64_t level) {
  VM& vm = P.vm;
  Rooted g(vm, Value::cell(globals));
  Value pkg = globals ? P.nsGet(globals, P.s("__package__")) : Value::empty();
  std::string package;
  if (isString(pkg)) {
    package = asString(pkg)->toUtf8();
  } else if (globals) {
    if (!pkg.isMagic(Magic::Empty) && !pkg.isNull()) P.raise(P.t.TypeError, "package must be a string");
    Value spec = P.nsGet(globals, P.s("__spec__"));
    Value parent = isObject(spec) ? P.getAttr(spec, P.s("parent"), false) : Value::empty();
    if (isString(parent)) {
      package = asString(parent)->toUtf8();
    } else {
      Value n = P.nsGet(globals, P.s("__name__"));
      if (isString(n)) {
        package = asString(n)->toUtf8();
        if (P.nsGet(globals, P.s("__path__")).isMagic(Magic::Empty)) {
          size_t dot = package.rfind('.');
          package = dot == std::string::npos ? "" : package.substr(0, dot);
        }
      }
    }
  }
  if (package.empty()) raiseImportError(P, "attempted relative import with no known parent package", Value::null(), Value::null());
  std::string base = package;
  for (int64_t i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) raiseImportError(P, "attempted relative import beyond top-level package", Value::null(), Value::null());
    base = base.substr(0, dot);
  }
  return name.empty() ? base : base + "." + name;
}

// importlib._bootstrap._handle_fromlist: a package's fromlist names that are submodules get
// imported; a submodule that does not exist is not an error here (ImportFrom reports it).
static void handleFromlist(PyLanguage& P, Value module, Value fromlist, bool recursive = false) {
  VM& vm = P.vm;
  Rooted rm(vm, module);
  if (P.getAttr(module, P.s("__path__"), false).isMagic(Magic::Empty)) return;
  RootedVector names(vm);
  P.collect(fromlist, names);
  std::string modName = P.moduleName(module);
  for (size_t i = 0; i < names.size(); i++) {
    if (!isString(names[i])) P.raise(P.t.TypeError, "Item in " + modName + ".__all__ must be str, not " + P.typeName(names[i]));
    std::string x = asString(names[i])->toUtf8();
    if (x == "*") {
      if (recursive) continue;
      Value all = P.getAttr(rm, P.s("__all__"), false);
      if (!all.isMagic(Magic::Empty)) handleFromlist(P, rm, all, true);
      continue;
    }
    if (!P.getAttr(rm, vm.intern(asString(names[i])), false).isMagic(Magic::Empty)) continue;
    std::string full = modName + "." + x;
    try {
      gcdImport(P, full);
    } catch (ScriptThrow&) {
      Value e = vm.exception;
      if (P.isInstance(e, P.t.ModuleNotFoundError)) {
        Value n = P.getAttr(e, P.s("name"), false);
        if (isString(n) && asString(n)->toUtf8() == full && cachedModule(P, full).isMagic(Magic::Empty)) {
          vm.exception = Value::undefined();
          continue;
        }
      }
      throw;
    }
  }
}

// __import__(name, globals, locals, fromlist, level) with globals as a namespace object.
Value importModuleLevel(PyLanguage& P, const std::string& name, Object* globals, Value fromlist, int64_t level) {
  VM& vm = P.vm;
  Rooted rf(vm, fromlist);
  if (level < 0) P.raise(P.t.ValueError, "level must be >= 0");
  if (level == 0 && name.empty()) P.raise(P.t.ValueError, "Empty module name");
  std::string abs = level > 0 ? resolveName(P, name, globals, level) : name;
  Rooted m(vm, gcdImport(P, abs));
  bool hasFromlist = false;
  if (!fromlist.isNullish()) {
    RootedVector items(vm);
    P.collect(fromlist, items);
    hasFromlist = items.size() > 0;
  }
  if (!hasFromlist) {
    if (level == 0) return cachedModule(P, name.substr(0, name.find('.')));
    if (name.empty()) return m;
    // `from . import` never comes here; __import__('b.c', level=1) returns the package part
    size_t cut = name.find('.');
    if (cut == std::string::npos) return m;
    std::string top = abs.substr(0, abs.size() - (name.size() - cut));
    return cachedModule(P, top);
  }
  handleFromlist(P, m, fromlist);
  return m;
}

Value PyLanguage::importName(Value name, Value fromlist, Value level) {
  int64_t lv = level.isInt() ? level.asInt() : 0;
  return importModuleLevel(*this, str(name), currentGlobals(), fromlist, lv);
}

Value PyLanguage::importFrom(Value module, Value name) {
  Rooted rm(vm, module), rn(vm, name);
  Value v = getAttr(module, vm.intern(asString(name)), false);
  if (!v.isMagic(Magic::Empty)) return v;
  // a submodule in sys.modules that is not (yet) bound on its parent: circular imports
  Value modName = getAttr(module, s("__name__"), false);
  if (isString(modName)) {
    Value sub = cachedModule(*this, asString(modName)->toUtf8() + "." + str(name));
    if (!sub.isMagic(Magic::Empty)) return sub;
  }
  std::string mn = isString(modName) ? asString(modName)->toUtf8() : "<unknown module name>";
  Value file = getAttr(module, s("__file__"), false);
  std::string where = isString(file) ? asString(file)->toUtf8() : "unknown location";
  Rooted rfile(vm, isString(file) ? file : Value::null());
  if (initializing(*this, module))
    raiseImportError(*this, "cannot import name '" + str(name) + "' from partially initialized module '" + mn +
                                "' (most likely due to a circular import) (" + where + ")", modName, rfile);
  raiseImportError(*this, "cannot import name '" + str(name) + "' from '" + mn + "' (" + where + ")", modName, rfile);
}

void PyLanguage::importStar(Value module) {
  Rooted rm(vm, module);
  Object* g = currentGlobals();
  Rooted rg(vm, Value::cell(g));
  RootedVector names(vm);
  Value all = getAttr(module, s("__all__"), false);
  if (!all.isMagic(Magic::Empty)) {
    collect(all, names);
  } else {
    if (isModuleLike(module) && asObject(module)->classTag() == 0) {
      // the module's names without asking for its __dict__ (that would end its fast globals)
      for (String* n : moduleNames(*this, asObject(module)))
        if (n->length() && n->toUtf8()[0] != '_') names.push(Value::cell(n));
    } else {
      Value d = getAttr(module, s("__dict__"), false);
      if (d.isMagic(Magic::Empty)) raise(t.ImportError, "from-import-* object has no __dict__ and no __all__");
      Rooted rd(vm, d);
      RootedVector keys(vm);
      collect(d, keys);
      for (size_t i = 0; i < keys.size(); i++)
        if (isString(keys[i]) && asString(keys[i])->toUtf8()[0] != '_') names.push(keys[i]);
    }
  }
  for (size_t i = 0; i < names.size(); i++) {
    if (!isString(names[i]))
      raise(t.TypeError, "Item in " + moduleName(rm) + ".__all__ must be str, not " + typeName(names[i]));
    String* n = vm.intern(asString(names[i]));
    Rooted v(vm, getAttr(rm, n, false));
    if (v.get().isMagic(Magic::Empty)) raise(t.AttributeError, "module '" + moduleName(rm) + "' has no attribute '" + n->toUtf8() + "'");
    nsSet(g, n, v);
  }
}

// ---- builtins and the importlib module ----

static Value b_import(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value name = a[0], globals = a.argc > 1 ? a[1] : Value::null(), fromlist = a.argc > 3 ? a[3] : Value::null();
  Value level = a.argc > 4 ? a[4] : Value::integer(0);
  for (size_t i = 0; i < P.kwNames.size(); i++) {
    std::string k = P.kwNames[i]->toUtf8();
    if (k == "name") name = P.kwValues[i];
    else if (k == "globals") globals = P.kwValues[i];
    else if (k == "fromlist") fromlist = P.kwValues[i];
    else if (k == "level") level = P.kwValues[i];
  }
  // the keywords are consumed: the module code this runs must not see them (a class statement
  // there would pass them to __init_subclass__)
  Rooted rname(vm, name), rglobals(vm, globals), rfrom(vm, fromlist), rlevel(vm, level);
  P.kwNames.clear(); P.kwValues.clear();
  name = builtinValue(rname);  // a str subclass instance is its str
  if (!isString(name)) P.raise(P.t.TypeError, "__import__() argument 1 must be str, not " + P.typeName(name));
  Object* g = isObject(rglobals) ? asObject(rglobals) : nullptr;
  return importModuleLevel(P, asString(name)->toUtf8(), g, rfrom, P.toIndex(rlevel));
}

// importlib.import_module(name, package=None)
static Value il_import_module(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value name = a[0], package = a.argc > 1 ? a[1] : Value::null();
  for (size_t i = 0; i < P.kwNames.size(); i++) {
    std::string k = P.kwNames[i]->toUtf8();
    if (k == "name") name = P.kwValues[i];
    else if (k == "package") package = P.kwValues[i];
  }
  Rooted rname(vm, name), rpackage(vm, package);  // consumed (see __import__)
  P.kwNames.clear(); P.kwValues.clear();
  name = rname; package = rpackage;
  if (!isString(name)) P.raise(P.t.TypeError, "the 'name' argument must be str, not " + P.typeName(name));
  std::string n = asString(name)->toUtf8();
  int64_t level = 0;
  while (level < int64_t(n.size()) && n[level] == '.') level++;
  if (level > 0) {
    if (!isString(package))
      P.raise(P.t.TypeError, "the 'package' argument is required to perform a relative import for '" + n + "'");
    Rooted ns(vm, P.newDict());
    P.dictSet(asDict(ns), P.newStr("__package__"), package);
    return gcdImport(P, resolveName(P, n.substr(level), asObject(ns), level));
  }
  return gcdImport(P, n);
}

// importlib.reload(module): runs the module's code again in its namespace.
static Value il_reload(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted m(vm, a[0]);
  if (!P.isModuleLike(m)) P.raise(P.t.TypeError, "reload() argument must be a module");
  Value file = P.getAttr(m, P.s("__file__"), false);
  if (!isString(file)) return m;
  std::string path = asString(file)->toUtf8();
  std::string source = readFile(path);
  P.sources[path] = source;
  FunctionProto* proto = compilePython(P, source, path, int(::py::CompileMode::Exec));
  Rooted rp(vm, Value::cell(proto));
  runInNamespace(P, proto, asObject(m));
  return m;
}

static Value il_invalidate_caches(VM&, CallArgs&) { return Value::null(); }

// importlib.util.find_spec(name, package=None): the spec of a module without loading it (the
// parent package of a dotted name is imported, as CPython does), or None.
static Value il_find_spec(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value name = a[0], package = a.argc > 1 ? a[1] : Value::null();
  for (size_t i = 0; i < P.kwNames.size(); i++)
    if (P.kwNames[i]->toUtf8() == "package") package = P.kwValues[i];
  if (!isString(name)) P.raise(P.t.TypeError, "find_spec() argument 'name' must be str, not " + P.typeName(name));
  std::string n = asString(name)->toUtf8();
  int64_t level = 0;
  while (level < int64_t(n.size()) && n[level] == '.') level++;
  if (level > 0) {
    if (!isString(package)) P.raise(P.t.ImportError, "'package' argument is required to perform a relative import for '" + n + "'");
    Rooted ns(vm, P.newDict());
    P.dictSet(asDict(ns), P.newStr("__package__"), package);
    n = resolveName(P, n.substr(level), asObject(ns), level);
  }
  Value cached = cachedModule(P, n);
  if (!cached.isMagic(Magic::Empty)) {
    Value spec = P.getAttr(cached, P.s("__spec__"), false);
    if (spec.isMagic(Magic::Empty) || spec.isNull()) P.raise(P.t.ValueError, n + ".__spec__ is None");
    return spec;
  }
  size_t dot = n.rfind('.');
  Rooted searchPath(vm);
  if (dot == std::string::npos) {
    if (findNativeModule(n) || n == "builtins") return makeSpec(P, n, P.newStr("built-in"), Value::null());
    searchPath = P.nsGet(P.sysModule, P.s("path"));
  } else {
    Rooted parent(vm, gcdImport(P, n.substr(0, dot)));
    Value pp = P.getAttr(parent, P.s("__path__"), false);
    if (pp.isMagic(Magic::Empty))
      raiseNotFound(P, "__path__ attribute not found on '" + n.substr(0, dot) + "' while trying to find '" + n + "'", n);
    searchPath = pp;
    if (findNativeModule(n)) return makeSpec(P, n, P.newStr("built-in"), Value::null());
  }
  Found f = findIn(P, dot == std::string::npos ? n : n.substr(dot + 1), searchPath);
  if (f.kind == Found::None) return Value::null();
  Rooted locs(vm, Value::null());
  if (!f.dir.empty()) { Value d = P.newStr(f.dir); locs = P.newList(&d, 1); }
  return makeSpec(P, n, f.file.empty() ? Value::null() : P.newStr(f.file), locs);
}

// importlib.util.resolve_name(name, package)
static Value il_resolve_name(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isString(a[0])) P.raise(P.t.TypeError, "resolve_name() argument 'name' must be str");
  std::string n = asString(a[0])->toUtf8();
  int64_t level = 0;
  while (level < int64_t(n.size()) && n[level] == '.') level++;
  if (level == 0) return a[0];
  if (!isString(a[1])) P.raise(P.t.ImportError, "no package specified for '" + n + "' (required for relative module names)");
  Rooted ns(vm, P.newDict());
  P.dictSet(asDict(ns), P.newStr("__package__"), a[1]);
  return P.newStr(resolveName(P, n.substr(level), asObject(ns), level));
}

void initImportlibUtil(PyLanguage& P, Object* m) {
  P.defNative(m, "find_spec", il_find_spec);
  P.defNative(m, "resolve_name", il_resolve_name);
  for (const char* name : {"spec_from_file_location", "spec_from_loader", "module_from_spec", "decode_source",
                           "cache_from_source", "source_from_cache"})
    P.nsSet(m, P.s(name), bootstrapName(P, name));
}

void initImportlib(PyLanguage& P, Object* m) {
  P.defNative(m, "import_module", il_import_module);
  P.defNative(m, "reload", il_reload);
  P.defNative(m, "invalidate_caches", il_invalidate_caches);
  // a package whose submodules other than the native util/machinery come from the standard
  // library's importlib folder (resources, readers; abc and metadata need _imp, which is missing)
  Value dir = P.newStr(std::string(kStdlibDir) + "/importlib");
  m->putDirect(P.vm, P.s("__path__"), P.newList(&dir, 1));
}

// Called by the engine before the main script runs: sys.modules holds builtins, sys, __main__.
void initImportSystem(PyLanguage& P, Object* mainModule) {
  VM& vm = P.vm;
  modulesDict(P);
  P.defNative(P.builtins, "__import__", b_import);
  P.dictSet(modulesDict(P), P.newStr("builtins"), Value::cell(P.builtins));
  Rooted sys(vm, gcdImport(P, "sys"));
  P.sysModule = asObject(sys);
  P.dictSet(modulesDict(P), P.newStr("__main__"), Value::cell(mainModule));
}

}  // namespace dualvm::py
