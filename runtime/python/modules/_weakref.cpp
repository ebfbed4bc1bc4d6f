// runtime/python/modules/_weakref.cpp — the native `_weakref` module (CPython's
// Modules/_weakref.c + Objects/weakrefobject.c): ref (callable, hash and equality by referent,
// subclassable as weakref.KeyedRef is), proxy, getweakrefcount, getweakrefs,
// _remove_dead_weakref. The collector has no weak references yet, so a ref holds its referent
// strongly: it never dies and callbacks never run (weakref.py, _weakrefset.py, abc and
// collections.OrderedDict work; memory held through WeakValueDictionary is not released).
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kRef = 1 };
std::unordered_map<PyLanguage*, PyType*> refTypes;

// ref.__new__(type, ob, callback=None); a plain ref without callback is shared per referent in
// CPython (ref(x) is ref(x)); we make a new one each time, equal and same-hashed.
Value refNew(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  if (!isType(a[0])) L.raise(L.t.TypeError, "ref.__new__(X): X is not a type object");
  if (a.argc < 2) L.raise(L.t.TypeError, "__new__ expected at least 1 argument, got 0");
  if (a.argc > 3 && asType(a[0]) == refTypes[&L]) L.raise(L.t.TypeError, "__new__ expected at most 2 arguments, got " + std::to_string(a.argc - 1));
  Value ob = a[1];
  if (ob.isNullish() || ob.isBool() || isInteger(ob) || ob.isDouble() || isString(ob) || (isArray(ob) && asObject(ob)->classTag() == kTagTuple && L.typeOf(ob)->builtin))
    L.raise(L.t.TypeError, "cannot create weak reference to '" + L.typeName(ob) + "' object");
  NativeState* s = newState(L, asType(a[0]), kRef, 2, 0);  // referent, callback
  s->set(0, ob);
  s->set(1, a.argc > 2 ? a[2] : Value::null());
  return Value::cell(s);
}
Value refInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }

NativeState* refSelf(VM& vm, CallArgs& a, const char* m) { return selfState(L, a, kRef, m, "weakref.ReferenceType"); }

Value refCall(VM& vm, CallArgs& a) {
  NativeState* s = refSelf(vm, a, "__call__");
  if (a.argc) L.raise(L.t.TypeError, "weakref() takes no arguments");
  return s->v[0];
}
Value refHash(VM& vm, CallArgs& a) {
  NativeState* s = refSelf(vm, a, "__hash__");
  return bigint::fromInt64(vm.heap, L.hash(s->v[0]));
}
Value refEq(VM& vm, CallArgs& a) {
  NativeState* s = refSelf(vm, a, "__eq__");
  Value o = a[0];
  if (!isNativeState(o, kRef)) return L.notImplemented;
  bool same = L.eq(s->v[0], asState(o)->v[0]);
  return Value::boolean(nativeMagic(a) ? !same : same);
}
Value refCallback(VM& vm, CallArgs& a) { return refSelf(vm, a, "__callback__")->v[1]; }
Value refRepr(VM& vm, CallArgs& a) {
  NativeState* s = refSelf(vm, a, "__repr__");
  char buf[96];
  snprintf(buf, sizeof buf, "<weakref at 0x%012llx; to '%s' at 0x%012llx>", (unsigned long long)uintptr_t(s),
           L.typeName(s->v[0]).c_str(), (unsigned long long)uintptr_t(s->v[0].asCell()));
  return L.newStr(buf);
}

// proxy(ob, callback=None): with strong references the object itself behaves as its proxy.
Value proxyFn(VM& vm, CallArgs& a) {
  if (a.argc < 1) L.raise(L.t.TypeError, "proxy() missing required argument 'object' (pos 1)");
  return a[0];
}
Value zeroFn(VM&, CallArgs&) { return Value::integer(0); }
Value emptyListFn(VM& vm, CallArgs&) { return L.newList(nullptr, 0); }
// _remove_dead_weakref(dict, key): delete dict[key] if its weakref is dead (never here).
Value removeDead(VM&, CallArgs&) { return Value::null(); }

}  // namespace

void initWeakref(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* ref = newNativeType(P, "ReferenceType", "weakref");
  refTypes[&P] = ref;
  P.defNative(ref, "__new__", refNew);
  P.defNative(ref, "__init__", refInit);
  P.defNative(ref, "__call__", refCall);
  P.defNative(ref, "__hash__", refHash);
  P.defNative(ref, "__eq__", refEq, 0);
  P.defNative(ref, "__ne__", refEq, 1);
  P.defNative(ref, "__repr__", refRepr);
  defGetter(P, ref, "__callback__", refCallback);
  m->putDirect(vm, P.s("ref"), Value::cell(ref));
  m->putDirect(vm, P.s("ReferenceType"), Value::cell(ref));
  PyType* proxyType = newNativeType(P, "ProxyType", "weakref");
  PyType* callableProxy = newNativeType(P, "CallableProxyType", "weakref");
  m->putDirect(vm, P.s("ProxyType"), Value::cell(proxyType));
  m->putDirect(vm, P.s("CallableProxyType"), Value::cell(callableProxy));
  P.defNative(m, "proxy", proxyFn);
  P.defNative(m, "getweakrefcount", zeroFn);
  P.defNative(m, "getweakrefs", emptyListFn);
  P.defNative(m, "_remove_dead_weakref", removeDead);
}

}  // namespace dualvm::py
