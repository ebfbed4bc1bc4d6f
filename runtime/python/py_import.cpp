// runtime/python/py_import.cpp — the import system: `import` and `from ... import` (the
// ImportName/ImportFrom intrinsics), the module cache, and module objects. Native modules come
// from the table in modules/module_table.cpp. Importing pure-Python modules (the script's
// directory, CPython's stdlib) is not implemented yet: other names raise ModuleNotFoundError.
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

Object* newModule(PyLanguage& P, const char* name) {
  VM& vm = P.vm;
  Object* m = vm.heap.make<Object>(vm.emptyShape(), P.t.module);
  vm.addPermanentRoot(Value::cell(m));
  m->putDirect(vm, P.s("__name__"), P.newStr(name));
  return m;
}

Value PyLanguage::importName(Value name, Value fromlist, Value level) {
  (void)fromlist;
  if (level.isInt() && level.asInt() > 0) raise(t.ImportError, "attempted relative import with no known parent package");
  std::string n = str(name);
  auto it = modules.find(n);
  if (it != modules.end()) return it->second;
  Value m;
  if (const NativeModuleDef* def = findNativeModule(n)) {
    Object* module = newModule(*this, n.c_str());
    m = Value::cell(module);
    def->init(*this, module);
  } else {
    Rooted e(vm, makeException(t.ModuleNotFoundError, "No module named '" + n + "'"));
    asObject(e)->putDirect(vm, s("name"), name);
    vm.throwValue(e);
  }
  modules[n] = m;
  return m;
}

Value PyLanguage::importFrom(Value module, Value name) {
  Value v = getAttr(module, vm.intern(asString(name)), false);
  if (v.isMagic(Magic::Empty))
    raise(t.ImportError, "cannot import name '" + str(name) + "' from '" + moduleName(module) + "' (unknown location)");
  return v;
}

}  // namespace dualvm::py
