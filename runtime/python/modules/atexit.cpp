// runtime/python/modules/atexit.cpp — the native `atexit` module (CPython's Modules/atexitmodule.c):
// register(func, *args, **kwargs) / unregister(func) / _run_exitfuncs() / _clear() / _ncallbacks().
// runAtexitCallbacks (called by py_engine.cpp after the main script ends, however it ends) runs
// them last-registered first; an exception in one is reported as CPython reports it ("Exception
// ignored in atexit callback: ...") and the others still run.
// (pyclassic: logging imports atexit, so the logging benchmark needs it.)
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

// The callbacks of one Python runtime: a list of (func, args tuple, kwargs dict) tuples, held by a
// permanent root (a module lives as long as the VM).
std::unordered_map<PyLanguage*, Value> callbackLists;

Value callbacksOf(PyLanguage& P) {
  auto it = callbackLists.find(&P);
  if (it != callbackLists.end()) return it->second;
  Value list = P.newList(nullptr, 0);
  P.vm.addPermanentRoot(list);
  callbackLists[&P] = list;
  return list;
}

std::vector<Value>& entries(PyLanguage& P) { return asArray(callbacksOf(P))->elements; }

Value atexitRegister(VM& vm, CallArgs& a) {
  std::vector<String*> names;
  std::vector<Value> values;
  names.swap(L.kwNames);
  values.swap(L.kwValues);
  RootedVector keep(vm);
  for (Value v : values) keep.push(v);
  if (a.argc < 1) L.raise(L.t.TypeError, "register() takes at least 1 argument (0 given)");
  Rooted func(vm, a[0]);
  Rooted isCallable(vm, L.call(L.builtins->slot(L.builtins->findOwn(L.s("callable"))), &a.argv[0], 1));
  if (!L.truthy(vm, isCallable)) L.raise(L.t.TypeError, "the first argument must be callable");
  Rooted args(vm, L.newTuple(a.argv + 1, a.argc - 1));
  Rooted kwargs(vm, L.newDict());
  for (size_t i = 0; i < names.size(); i++) L.dictSet(asDict(kwargs), Value::cell(names[i]), values[i]);
  Value entry[3] = {func, args, kwargs};
  Rooted e(vm, L.newTuple(entry, 3));
  Rooted list(vm, callbacksOf(L));
  asArray(list)->elements.push_back(e);
  writeBarrier(asArray(list), e);
  return func;
}

Value atexitUnregister(VM& vm, CallArgs& a) {
  Rooted func(vm, a[0]);
  for (size_t i = entries(L).size(); i-- > 0;) {
    if (i >= entries(L).size()) continue;  // an __eq__ changed the list
    Value f = asArray(entries(L)[i])->elements[0];
    if (f == func.get() || L.eq(f, func)) entries(L).erase(entries(L).begin() + long(i));
  }
  return Value::null();
}

Value atexitClear(VM& vm, CallArgs&) { entries(L).clear(); return Value::null(); }
Value atexitCount(VM& vm, CallArgs&) { return Value::integer(int32_t(entries(L).size())); }

}  // namespace

void writeUnraisable(PyLanguage& P, const char* prefix, Value obj) {
  VM& vm = P.vm;
  Rooted exc(vm, vm.exception), ro(vm, obj);
  vm.exception = Value::undefined();
  std::string text = prefix;
  try {
    text += P.repr(ro) + "\n" + P.formatTraceback(exc);
  } catch (ScriptThrow&) {
    vm.exception = Value::undefined();
    text += "<error formatting the exception>\n";
  }
  fflush(stdout);
  fwrite(text.data(), 1, text.size(), stderr);
}

// Runs and forgets the registered callbacks, newest first.
void runAtexitCallbacks(PyLanguage& P) {
  VM& vm = P.vm;
  if (!callbackLists.count(&P)) return;
  while (!entries(P).empty()) {
    Rooted e(vm, entries(P).back());
    entries(P).pop_back();
    Rooted func(vm, asArray(e)->elements[0]);
    Rooted args(vm, asArray(e)->elements[1]);
    Rooted kwargs(vm, asArray(e)->elements[2]);
    try {
      P.callUnpacked(vm, func, args, kwargs);
    } catch (ScriptThrow&) {
      writeUnraisable(P, "Exception ignored in atexit callback: ", func);
    }
  }
}

Value atexitRun(VM& vm, CallArgs&) { runAtexitCallbacks(L); return Value::null(); }

void initAtexit(PyLanguage& P, Object* m) {
  P.defNative(m, "register", atexitRegister);
  P.defNative(m, "unregister", atexitUnregister);
  P.defNative(m, "_run_exitfuncs", atexitRun);
  P.defNative(m, "_clear", atexitClear);
  P.defNative(m, "_ncallbacks", atexitCount);
}

}  // namespace dualvm::py
