// runtime/python/modules/_abc.cpp — the native `_abc` module (CPython's Modules/_abc.c; owner
// pyopmods): what abc.py's ABCMeta calls when _abc imports (get_cache_token, _abc_init,
// _abc_register, _abc_instancecheck, _abc_subclasscheck, _get_dump, _reset_registry,
// _reset_caches), so abc no longer runs _py_abc. Each ABC's `_abc_impl` is an `_abc_data` cell
// holding its registry, positive cache and negative cache as lists of weak references
// (_weakref.ref objects, so classes are not kept alive; _get_dump gives them as sets), and the negative cache's version; the
// invalidation counter is per runtime. The algorithm and its order of hooks (__subclasshook__,
// MRO, registry, __subclasses__) are _abc.c's.
#include "runtime/python/containers.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/modules/weakref_state.h"
#include "runtime/python/py_class.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kAbcData = 1 };
enum Slot { kRegistry, kCache, kNegative };
struct State { PyType* dataType = nullptr; Value weakrefType; uint64_t counter = 0; };
std::unordered_map<PyLanguage*, State> states;  // types and weakref.ref are permanent roots

// self._abc_impl, checked (_get_impl).
NativeState* impl(VM& vm, Value self) {
  Value v = L.getAttr(self, L.s("_abc_impl"));
  if (!isNativeState(v, kAbcData)) L.raise(L.t.TypeError, "_abc_impl is set to a wrong type");
  return asState(v);
}

Value weakRef(VM& vm, Value obj) {
  Value o = obj;
  return L.call(states[&L].weakrefType, &o, 1);
}

// The weak sets (_in_weak_set / _add_to_weak_set): lists of weakref.ref without duplicates,
// searched by referent identity without making a ref (classes hash and compare by identity);
// dead refs are dropped as a search meets them.
bool inWeakSet(VM& vm, NativeState* data, int slot, Value obj) {
  Value list = data->v[size_t(slot)];
  if (list.isNull()) return false;
  auto& refs = asArray(list)->elements;
  for (size_t i = 0; i < refs.size();) {
    Value r = weakrefReferent(refs[i]);
    if (r == obj) return true;
    if (r.isNull()) { refs.erase(refs.begin() + ptrdiff_t(i)); continue; }
    i++;
  }
  return false;
}

void addToWeakSet(VM& vm, NativeState* data, int slot, Value obj) {
  if (inWeakSet(vm, data, slot, obj)) return;
  Rooted rd(vm, Value::cell(data)), ro(vm, obj);
  if (data->v[size_t(slot)].isNull()) {
    Value l = L.newList(nullptr, 0);
    asState(rd)->set(size_t(slot), l);
  }
  Rooted ref(vm, weakRef(vm, ro));  // TypeError for objects without weak references, as CPython
  asArray(asState(rd)->v[size_t(slot)])->push(ref);
}

void clearSet(VM& vm, NativeState* data, int slot) {
  if (!data->v[size_t(slot)].isNull()) data->set(size_t(slot), Value::null());
}

bool isSubclass(VM& vm, Value sub, Value cls) {  // PyObject_IsSubclass (issubclass with hooks)
  Value args[2] = {sub, cls};
  return L.truthy(vm, L.call(L.nsGet(L.builtins, L.s("issubclass")), args, 2));
}

bool isAbstract(VM& vm, Value v) {  // _PyObject_IsAbstract
  Value r = L.getAttr(v, L.s("__isabstractmethod__"), false);
  return !r.isMagic(Magic::Empty) && L.truthy(vm, r);
}

void oneArg(VM& vm, CallArgs& a, const char* name, uint32_t n) {
  if (!L.kwNames.empty()) {
    L.kwNames.clear(); L.kwValues.clear();
    L.raise(L.t.TypeError, std::string("_abc.") + name + "() takes no keyword arguments");
  }
  if (a.argc == n) return;
  if (n == 0) L.raise(L.t.TypeError, std::string("_abc.") + name + "() takes no arguments (" + std::to_string(a.argc) + " given)");
  if (n == 1) L.raise(L.t.TypeError, std::string("_abc.") + name + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  L.raise(L.t.TypeError, std::string(name) + " expected " + std::to_string(n) + " arguments, got " + std::to_string(a.argc));
}

// _abc_init(cls): __abstractmethods__ (own abstract attributes, then inherited names still
// abstract), a fresh _abc_impl, and __abc_tpflags__ consumed as CPython does.
Value abcInit(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_abc_init", 1);
  Rooted self(vm, a[0]);
  Rooted abstracts(vm, newSet(L, L.t.set));
  Rooted ns(vm, L.getAttr(self, L.s("__dict__")));
  Rooted items(vm, L.callMethod(ns, "items", nullptr, 0));
  RootedVector pairs(vm);
  L.collect(items, pairs);
  for (size_t i = 0; i < pairs.size(); i++) {
    Rooted pair(vm, pairs[i]);
    if (!isArray(pair) || asArray(pair)->elements.size() != 2) L.raise(L.t.TypeError, "items() returned item which is not a 2-tuple");
    if (isAbstract(vm, asArray(pair)->elements[1])) setAdd(L, abstracts, asArray(pair)->elements[0]);
  }
  Rooted bases(vm, L.getAttr(self, L.s("__bases__")));
  if (!isArray(bases) || asObject(bases)->classTag() != kTagTuple) L.raise(L.t.TypeError, "__bases__ is not tuple");
  for (size_t i = 0; i < asArray(bases)->elements.size(); i++) {
    Rooted base(vm, asArray(bases)->elements[i]);
    Rooted baseAbstracts(vm, L.getAttr(base, L.s("__abstractmethods__"), false));
    if (baseAbstracts.get().isMagic(Magic::Empty)) continue;
    RootedVector names(vm);
    L.collect(baseAbstracts, names);
    for (size_t k = 0; k < names.size(); k++) {
      if (!isString(names[k])) L.raise(L.t.TypeError, "attribute name must be string, not '" + L.typeName(names[k]) + "'");
      Value v = L.getAttr(self, vm.intern(asString(names[k])), false);
      if (v.isMagic(Magic::Empty)) continue;
      if (isAbstract(vm, v)) setAdd(L, abstracts, names[k]);
    }
  }
  Value arg = abstracts;
  Rooted frozen(vm, L.call(Value::cell(L.t.frozenset), &arg, 1));
  L.setAttr(self, L.s("__abstractmethods__"), frozen);
  NativeState* data = newState(L, states[&L].dataType, kAbcData, 3, 1);
  data->n[0] = int64_t(states[&L].counter);
  Rooted rd(vm, Value::cell(data));
  L.setAttr(self, L.s("_abc_impl"), rd);
  // collections.abc marks Sequence/Mapping with __abc_tpflags__; _abc.c moves it into the type's
  // flags (pattern matching reads the registration here instead) and deletes it
  if (isType(self) && asType(self)->findOwn(L.s("__abc_tpflags__")) != Shape::kNotFound)
    delAttr(L, self, L.s("__abc_tpflags__"));
  return Value::null();
}

// _abc_register(cls, subclass)
Value abcRegister(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_abc_register", 2);
  Rooted self(vm, a[0]), sub(vm, a[1]);
  if (!isType(sub)) L.raise(L.t.TypeError, "Can only register classes");
  if (isSubclass(vm, sub, self)) return sub;  // already a subclass
  // cycles are tested after "already a subclass", so X.register(X) is a no-op
  if (isSubclass(vm, self, sub)) L.raise(L.t.RuntimeError, "Refusing to create an inheritance cycle");
  addToWeakSet(vm, impl(vm, self), kRegistry, sub);
  states[&L].counter++;  // invalidates every negative cache
  return sub;
}

// _abc_instancecheck(cls, instance)
Value abcInstancecheck(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_abc_instancecheck", 2);
  Rooted self(vm, a[0]), inst(vm, a[1]);
  NativeState* data = impl(vm, self);
  Rooted rd(vm, Value::cell(data));
  Rooted subclass(vm, L.getAttr(inst, L.s("__class__")));
  if (inWeakSet(vm, asState(rd), kCache, subclass)) return Value::boolean(true);
  Rooted subtype(vm, Value::cell(L.typeOf(inst)));
  if (subtype.get() == subclass.get()) {
    if (uint64_t(asState(rd)->n[0]) == states[&L].counter && inWeakSet(vm, asState(rd), kNegative, subclass))
      return Value::boolean(false);
    Value arg = subclass;
    return L.callMethod(self, "__subclasscheck__", &arg, 1);  // fall back to the subclass check
  }
  Value arg = subclass;
  Rooted r(vm, L.callMethod(self, "__subclasscheck__", &arg, 1));
  if (L.truthy(vm, r)) return r;
  arg = subtype;
  return L.callMethod(self, "__subclasscheck__", &arg, 1);
}

// _abc_subclasscheck(cls, subclass)
Value abcSubclasscheck(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_abc_subclasscheck", 2);
  Rooted self(vm, a[0]), sub(vm, a[1]);
  if (!isType(sub)) L.raise(L.t.TypeError, "issubclass() arg 1 must be a class");
  Rooted rd(vm, Value::cell(impl(vm, self)));
  auto data = [&] { return asState(rd); };
  // 1. the cache
  if (inWeakSet(vm, data(), kCache, sub)) return Value::boolean(true);
  // 2. the negative cache, cleared when a register() happened since it was filled
  if (uint64_t(data()->n[0]) < states[&L].counter) {
    clearSet(vm, data(), kNegative);
    data()->n[0] = int64_t(states[&L].counter);
  } else if (inWeakSet(vm, data(), kNegative, sub)) {
    return Value::boolean(false);
  }
  // 3. the subclass hook
  Value arg = sub;
  Rooted ok(vm, L.callMethod(self, "__subclasshook__", &arg, 1));
  if (ok.get() == Value::boolean(true)) { addToWeakSet(vm, data(), kCache, sub); return Value::boolean(true); }
  if (ok.get() == Value::boolean(false)) { addToWeakSet(vm, data(), kNegative, sub); return Value::boolean(false); }
  if (ok.get() != L.notImplemented) L.raise(L.t.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
  // 4. a direct subclass
  for (PyType* m : asType(sub)->mro)
    if (Value::cell(m) == self.get()) { addToWeakSet(vm, data(), kCache, sub); return Value::boolean(true); }
  // 5. a subclass of a registered class (recursive)
  if (inWeakSet(vm, data(), kRegistry, sub)) return Value::boolean(true);
  if (!data()->v[kRegistry].isNull()) {
    RootedVector refs(vm);
    L.collect(data()->v[kRegistry], refs);  // a copy: the hooks may register more
    for (size_t i = 0; i < refs.size(); i++) {
      Rooted key(vm, weakrefReferent(refs[i]));
      if (key.get().isNull() || key.get().isMagic(Magic::Empty)) continue;
      if (isSubclass(vm, sub, key)) { addToWeakSet(vm, data(), kCache, sub); return Value::boolean(true); }
    }
  }
  // 6. a subclass of a subclass (recursive)
  Rooted subclasses(vm, L.callMethod(self, "__subclasses__", nullptr, 0));
  if (!isArray(subclasses) || asObject(subclasses)->classTag() != kTagList) L.raise(L.t.TypeError, "__subclasses__() must return a list");
  for (size_t i = 0; i < asArray(subclasses)->elements.size(); i++) {
    if (isSubclass(vm, sub, asArray(subclasses)->elements[i])) { addToWeakSet(vm, data(), kCache, sub); return Value::boolean(true); }
  }
  // no dice: remember the answer
  addToWeakSet(vm, data(), kNegative, sub);
  return Value::boolean(false);
}

Value getCacheToken(VM& vm, CallArgs& a) {
  oneArg(vm, a, "get_cache_token", 0);
  return bigint::fromInt64(vm.heap, int64_t(states[&L].counter));
}

// _get_dump(cls) -> (registry, cache, negative cache, negative cache version): copies, sets of
// weak references.
Value getDump(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_get_dump", 1);
  Rooted rd(vm, Value::cell(impl(vm, a[0])));
  RootedVector out(vm);
  for (int slot : {kRegistry, kCache, kNegative}) {
    Value s = newSet(L, L.t.set);
    out.push(s);
    if (!asState(rd)->v[size_t(slot)].isNull()) setUpdate(L, s, asState(rd)->v[size_t(slot)]);
  }
  out.push(bigint::fromInt64(vm.heap, asState(rd)->n[0]));
  return L.newTuple(out.data(), out.size());
}

Value resetRegistry(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_reset_registry", 1);
  clearSet(vm, impl(vm, a[0]), kRegistry);
  return Value::null();
}

Value resetCaches(VM& vm, CallArgs& a) {
  oneArg(vm, a, "_reset_caches", 1);
  NativeState* data = impl(vm, a[0]);
  clearSet(vm, data, kCache);
  clearSet(vm, data, kNegative);
  return Value::null();
}

}  // namespace

void initAbc(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(m));
  State& st = states[&P];
  st.counter = 0;
  st.dataType = newNativeType(P, "_abc_data", "_abc");
  vm.addPermanentRoot(Value::cell(st.dataType));
  Rooted weakref(vm, P.importName(P.newStr("_weakref"), Value::null(), Value::integer(0)));
  st.weakrefType = P.getAttr(weakref, P.s("ref"));
  vm.addPermanentRoot(st.weakrefType);
  P.defNative(m, "get_cache_token", getCacheToken);
  P.defNative(m, "_abc_init", abcInit);
  P.defNative(m, "_abc_register", abcRegister);
  P.defNative(m, "_abc_instancecheck", abcInstancecheck);
  P.defNative(m, "_abc_subclasscheck", abcSubclasscheck);
  P.defNative(m, "_get_dump", getDump);
  P.defNative(m, "_reset_registry", resetRegistry);
  P.defNative(m, "_reset_caches", resetCaches);
  setFunctionsModule(P, asObject(rm), "_abc");
}

}  // namespace dualvm::py
