// runtime/python/modules/gc.cpp — the native `gc` module (CPython's Modules/gcmodule.c) over the
// one mark-sweep collector (pyweak). What differs from CPython, and why:
//  * collect() runs a full collection of the whole heap, then the callbacks of weakrefs whose
//    referents died (_weakref.cpp), then the finalizers (__del__, generator close) of the objects
//    it found unreachable (finalizer.cpp, docs/decisions.md D31) and, when any ran, a second
//    collection that frees those objects, then gc.callbacks. It returns the number of heap cells
//    the call freed (every kind of cell, strings and internal ones included, so the number is
//    not CPython's count of objects in unreachable cycles: it is 0 when nothing died and grows
//    with what did). Called straight from Python code, it first forgets the
//    running frame's allocation log (gc/heap.h D9) and the stale values of the frame's free
//    temporary registers, so `del x; gc.collect()` frees x. Stale temporaries of *calling*
//    frames still keep their values until overwritten.
//  * disable()/enable()/isenabled() only keep a flag: collection is the only way memory is
//    reclaimed here (CPython still frees by refcount while its cycle collector is disabled), so
//    automatic collections continue. thresholds are kept and reported but drive nothing.
//  * get_count() is (0, 0, 0); get_stats() reports every collection as generation 2.
//  * get_objects() lists the live Python containers (lists, tuples, dicts, sets, instances of
//    non-builtin classes, functions, classes) after a collection — approximate, as CPython's
//    "tracked objects" are; get_referrers()/get_referents() return [] (not implemented).
//  * is_finalized(o) is whether o's finalizer was queued; gc.garbage stays empty (finalizers of
//    objects in cycles run, PEP 442).
#include "runtime/python/finalizer.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/modules/weakref_state.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

struct GcState {
  bool enabled = true;
  int64_t threshold[3] = {700, 10, 10};
  int64_t debug = 0;
  Value callbacks, garbage;  // lists, permanent roots
};
std::unordered_map<PyLanguage*, GcState> gcStates;

GcState& gcState(PyLanguage& P) { return gcStates[&P]; }

void noKwargs(PyLanguage& P, const char* fn) {
  if (!P.kwNames.empty()) {
    std::string name = P.kwNames[0]->toUtf8();
    P.kwNames.clear(); P.kwValues.clear();
    P.raise(P.t.TypeError, std::string(fn) + "() got an unexpected keyword argument '" + name + "'");
  }
}

void runGcCallbacks(PyLanguage& P, const char* phase, int64_t collected) {
  VM& vm = P.vm;
  GcState& st = gcState(P);
  if (!st.callbacks.isCell() || asArray(st.callbacks)->elements.empty()) return;
  Rooted info(vm, P.newDict());
  PyDict* d = static_cast<PyDict*>(asObject(info));
  P.dictSet(d, P.newStr("generation"), Value::integer(2));
  P.dictSet(d, P.newStr("collected"), bigint::fromInt64(vm.heap, collected));
  P.dictSet(d, P.newStr("uncollectable"), Value::integer(0));
  Rooted ph(vm, P.newStr(phase));
  // A copy: a callback may change gc.callbacks.
  RootedVector cbs(vm);
  for (Value v : asArray(st.callbacks)->elements) cbs.push(v);
  for (size_t i = 0; i < cbs.size(); i++) {
    Value args[2] = {ph, info};
    P.call(cbs[i], args, 2);
  }
}

Value gcCollect(VM& vm, CallArgs& a) {
  // Called directly by the interpreter: the calling run keeps every live value in a register or
  // the heap, so its allocation-log entries may go (what its next LoopHeader would do anyway).
  bool direct = vm.directNative == a.callee;
  size_t runMark = vm.directNativeRunMark;
  vm.directNative = nullptr;
  Value genArg = a.argc ? a[0] : Value::empty();
  if (!L.kwNames.empty()) {
    Kwargs kw = takeKwargs(L, "collect", {"generation"});
    genArg = kw.get("generation");
  }
  if (a.argc > 1) L.raise(L.t.TypeError, "collect() takes at most 1 argument (" + std::to_string(a.argc) + " given)");
  if (!genArg.isMagic(Magic::Empty)) {
    int64_t g = L.toIndex(genArg);
    if (g < 0 || g > 2) L.raise(L.t.ValueError, "invalid generation");
  }
  runGcCallbacks(L, "start", 0);
  if (direct) {
    if (vm.heap.allocationMark() >= runMark) vm.heap.truncateAllocations(runMark);
    // Registers above the call's arguments are free temporaries (the compilers allocate them
    // last-in first-out): forget their stale values, which CPython would have released.
    Value* regsEnd = vm.stackTop;
    if (a.argv >= vm.stack.data() && a.argv + a.argc <= regsEnd)
      for (Value* r = a.argv + a.argc; r < regsEnd; r++) *r = Value::undefined();
  }
  uint64_t freedBefore = vm.heap.stats().cellsFreedTotal, finalizedBefore = vm.heap.stats().cellsFinalizedTotal;
  vm.heap.collect();
  runWeakrefCallbacks(L);
  if (vm.heap.stats().cellsFinalizedTotal != finalizedBefore) {
    runFinalizers(L);
    vm.heap.collect();  // frees what was finalized (unless a finalizer resurrected it)
    runWeakrefCallbacks(L);
  }
  runFinalizers(L);  // also those an earlier automatic collection queued
  int64_t collected = int64_t(vm.heap.stats().cellsFreedTotal - freedBefore);
  runGcCallbacks(L, "stop", collected);
  return bigint::fromInt64(vm.heap, collected);
}

Value gcEnable(VM& vm, CallArgs&) { noKwargs(L, "enable"); gcState(L).enabled = true; return Value::null(); }
Value gcDisable(VM& vm, CallArgs&) { noKwargs(L, "disable"); gcState(L).enabled = false; return Value::null(); }
Value gcIsEnabled(VM& vm, CallArgs&) { return Value::boolean(gcState(L).enabled); }

Value gcGetCount(VM& vm, CallArgs&) {
  runWeakrefCallbacks(L);
  Value z[3] = {Value::integer(0), Value::integer(0), Value::integer(0)};
  return L.newTuple(z, 3);
}
Value gcGetThreshold(VM& vm, CallArgs&) {
  GcState& st = gcState(L);
  Value t[3];
  for (int i = 0; i < 3; i++) t[i] = bigint::fromInt64(vm.heap, st.threshold[i]);
  RootedVector keep(vm);
  for (Value v : t) keep.push(v);
  return L.newTuple(keep.data(), 3);
}
Value gcSetThreshold(VM& vm, CallArgs& a) {
  noKwargs(L, "set_threshold");
  if (a.argc < 1 || a.argc > 3)
    L.raise(L.t.TypeError, a.argc < 1 ? "set_threshold() takes at least 1 argument (0 given)"
                                      : "set_threshold() takes at most 3 arguments (" + std::to_string(a.argc) + " given)");
  GcState& st = gcState(L);
  int64_t v[3] = {st.threshold[0], st.threshold[1], st.threshold[2]};
  for (uint32_t i = 0; i < a.argc; i++) {
    if (!isInteger(a[i])) L.raise(L.t.TypeError, "'" + L.typeName(a[i]) + "' object cannot be interpreted as an integer");
    v[i] = L.toIndex(a[i]);
  }
  for (int i = 0; i < 3; i++) st.threshold[i] = v[i];
  return Value::null();
}
Value gcGetDebug(VM& vm, CallArgs&) { return bigint::fromInt64(vm.heap, gcState(L).debug); }
Value gcSetDebug(VM& vm, CallArgs& a) {
  noKwargs(L, "set_debug");
  if (a.argc != 1) L.raise(L.t.TypeError, "set_debug() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (!isInteger(a[0])) L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  gcState(L).debug = L.toIndex(a[0]);
  return Value::null();
}

Value gcGetStats(VM& vm, CallArgs&) {
  RootedVector out(vm);
  for (int g = 0; g < 3; g++) {
    Rooted d(vm, L.newDict());
    PyDict* pd = static_cast<PyDict*>(asObject(d));
    uint64_t n = g == 2 ? vm.heap.stats().collections : 0;
    L.dictSet(pd, L.newStr("collections"), bigint::fromInt64(vm.heap, int64_t(n)));
    L.dictSet(pd, L.newStr("collected"), Value::integer(0));
    L.dictSet(pd, L.newStr("uncollectable"), Value::integer(0));
    out.push(d);
  }
  return L.newList(out.data(), out.size());
}

// CPython's rules: atoms are never tracked; an empty tuple is not; a dict only once it holds
// something that may be tracked; every other container or instance is.
bool isTracked(PyLanguage& P, Value v, int depth = 0) {
  if (!v.isCell() || !isObject(v) || isString(v)) return false;
  Object* o = asObject(v);
  uint16_t tag = o->classTag();
  if (tag == kTagTuple && P.typeOf(v)->builtin) return !asArray(v)->elements.empty();
  if (tag == kTagDict && P.typeOf(v) == P.t.dict) {
    if (depth > 50) return true;
    PyDict* d = static_cast<PyDict*>(o);
    for (const DictEntry& e : d->entries)
      if (!e.key.isMagic(Magic::Empty) && (isTracked(P, e.key, depth + 1) || isTracked(P, e.value, depth + 1))) return true;
    return false;
  }
  PyType* ty = P.typeOf(v);
  if (ty->builtin) {
    // Builtin atoms: ints, floats, complex, bytes, None/bool/str handled above.
    static const char* atoms[] = {"int", "float", "complex", "bytes", "range", "NoneType", "bool", "str"};
    std::string name = ty->name ? ty->name->toUtf8() : "";
    for (const char* at : atoms) if (name == at) return false;
  }
  return true;
}
Value gcIsTracked(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "is_tracked() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return Value::boolean(isTracked(L, a[0]));
}
Value gcIsFinalized(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "is_finalized() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return Value::boolean(a[0].isCell() && vm.heap.isFinalized(a[0].asCell()));
}

Value gcGetObjects(VM& vm, CallArgs& a) {
  if (a.argc > 0 && !a[0].isNull()) {
    int64_t g = L.toIndex(a[0]);
    if (g < 0) L.raise(L.t.ValueError, "generation parameter must be greater or equal to 0");
    if (g > 2) L.raise(L.t.ValueError, "generation parameter cannot be greater than 2");
  }
  vm.heap.collect();
  std::vector<Value> found;
  vm.heap.forEachCell([&](gc::Cell* c) {
    if (!isObjectKind(c->kind)) return;
    Value v = Value::cell(c);
    Object* o = static_cast<Object*>(c);
    uint16_t tag = o->classTag();
    bool container = tag == kTagList || tag == kTagTuple || tag == kTagDict || tag == kTagSet || tag == kTagFrozenSet ||
                     tag == kTagType || c->kind == uint8_t(CellKind::Closure);
    if (!container) {
      Object* proto = o->proto();
      container = proto && proto->classTag() == kTagType && !static_cast<PyType*>(proto)->builtin;
    }
    if (container && isTracked(L, v)) found.push_back(v);
  });
  // Every listed cell survived the collection above and nothing ran since: all are reachable.
  return L.newList(found.data(), found.size());
}

Value gcEmptyList(VM& vm, CallArgs&) { return L.newList(nullptr, 0); }
Value gcNone(VM&, CallArgs&) { return Value::null(); }
Value gcZero(VM&, CallArgs&) { return Value::integer(0); }

}  // namespace

void initGc(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  GcState& st = gcState(P);
  st.callbacks = P.newList(nullptr, 0);
  vm.addPermanentRoot(st.callbacks);
  st.garbage = P.newList(nullptr, 0);
  vm.addPermanentRoot(st.garbage);
  P.defNative(m, "collect", gcCollect);
  P.defNative(m, "enable", gcEnable);
  P.defNative(m, "disable", gcDisable);
  P.defNative(m, "isenabled", gcIsEnabled);
  P.defNative(m, "get_count", gcGetCount);
  P.defNative(m, "get_threshold", gcGetThreshold);
  P.defNative(m, "set_threshold", gcSetThreshold);
  P.defNative(m, "get_debug", gcGetDebug);
  P.defNative(m, "set_debug", gcSetDebug);
  P.defNative(m, "get_stats", gcGetStats);
  P.defNative(m, "get_objects", gcGetObjects);
  P.defNative(m, "get_referrers", gcEmptyList);
  P.defNative(m, "get_referents", gcEmptyList);
  P.defNative(m, "is_tracked", gcIsTracked);
  P.defNative(m, "is_finalized", gcIsFinalized);
  P.defNative(m, "freeze", gcNone);
  P.defNative(m, "unfreeze", gcNone);
  P.defNative(m, "get_freeze_count", gcZero);
  m->putDirect(vm, P.s("callbacks"), st.callbacks);
  m->putDirect(vm, P.s("garbage"), st.garbage);
  const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                                               {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
  for (auto& [name, value] : flags) m->putDirect(vm, P.s(name), Value::integer(value));
}

}  // namespace dualvm::py
