// runtime/python/modules/_weakref.cpp — the native `_weakref` module (CPython's Modules/_weakref.c
// + Objects/weakrefobject.c) on the collector's weak references (gc/weak.h, pyweak): ref
// (callable, hash cached from the live referent, equality by referent while both live, else by
// identity, subclassable as weakref.KeyedRef/WeakMethod are), proxy / CallableProxyType
// (forwarding attributes, operators and calls; ReferenceError once dead), getweakrefcount,
// getweakrefs, _remove_dead_weakref.
//
// A ref's referent is a weak slot: the collection that finds it unreachable sets it to None and
// queues the ref if it has a callback. Callbacks run later, at a safe point — the end of
// gc.collect(), the next call of a function of this module, or the interpreter's next LoopHeader
// (the collector raises runtime/interrupts.h's pending flag; our hook runs the callbacks, then
// the hook it wrapped, e.g. _signal's) — newest ref first, each with the ref as argument, as PyPy
// does; CPython calls them at once when the referent's refcount drops to zero, which a tracing
// collector cannot. A ref that is itself unreachable never calls back (as in CPython).
// Plain refs without callback are shared per referent (ref(o) is ref(o)), as CPython's.
#include <algorithm>
#include <unordered_map>
#include "gc/weak.h"
#include "runtime/interrupts.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/finalizer.h"
#include "runtime/python/modules/weakref_state.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagWeakRef = 0x5120 };
enum RefKind : uint8_t { kRef, kProxy, kCallableProxy };

struct WeakrefState;

class WeakRefCell final : public Object, public gc::WeakHolder {
 public:
  WeakRefCell(Shape* s, Object* type, WeakrefState* st, RefKind k)
      : Object(s, type, CellKind::ObjectOther), state(st), kind(k) {
    setClassTag(kTagWeakRef);
  }
  WeakrefState* state;
  RefKind kind;
  bool hashed = false;
  int64_t hashValue = 0;
  Value referent = Value::null();  // weak: None once the referent died
  Value callback = Value::null();  // strong, until called
  bool alive() const { return referent.isCell(); }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    traceValue(t, callback);
  }
  void sweepWeak(gc::Tracer& t) override;
  size_t memoryBytes() const override { return sizeof(WeakRefCell); }
};

// Per runtime: the types, refs by referent (getweakrefs, sharing), and refs whose referent died
// with a callback still to run. A root source: the queue is traced; the table is weak both ways.
struct WeakrefState final : gc::RootSource {
  explicit WeakrefState(PyLanguage& p) : P(p), heap(&p.vm.heap) {}
  PyLanguage& P;
  gc::Heap* heap;  // compared, never followed, once its VM may be gone
  PyType* refType = nullptr;
  PyType* proxyType = nullptr;
  PyType* callableProxyType = nullptr;
  gc::WeakQueue queue;
  std::unordered_map<gc::Cell*, std::vector<WeakRefCell*>> byReferent;
  bool running = false;
  void traceRoots(gc::Tracer& t) override { queue.trace(t); }
  void sweepWeak(gc::Tracer& t) override {
    for (auto it = byReferent.begin(); it != byReferent.end();) {
      if (!t.isMarked(it->first)) { it = byReferent.erase(it); continue; }
      auto& refs = it->second;
      refs.erase(std::remove_if(refs.begin(), refs.end(), [&](WeakRefCell* r) { return !t.isMarked(r); }), refs.end());
      if (refs.empty()) it = byReferent.erase(it);
      else ++it;
    }
  }
};

// Never destroyed (a heap may outlive static destruction at exit, and the states must stay
// reachable for leak checkers): a function-local static pointer.
std::unordered_map<PyLanguage*, WeakrefState*>& statesTable() {
  static auto* table = new std::unordered_map<PyLanguage*, WeakrefState*>();
  return *table;
}

// The interrupt hook while callbacks are pending: ours first, then the finalizers the collector
// queued (finalizer.cpp, after the callbacks as in CPython's collector), then the hook it replaced.
void (*wrappedInterruptHook)(VM&) = nullptr;
void weakrefInterruptHook(VM& vm) {
  for (auto& entry : statesTable())
    if (entry.second->heap == &vm.heap) runWeakrefCallbacks(entry.second->P);
  runFinalizersOf(vm);
  if (wrappedInterruptHook) wrappedInterruptHook(vm);
}

}  // namespace

// Called inside the collector: only flags; the callbacks run at the next LoopHeader.
void requestPySafePoint() {
  if (g_interruptHook != weakrefInterruptHook) {
    wrappedInterruptHook = g_interruptHook;
    g_interruptHook = weakrefInterruptHook;
  }
  g_interruptPending = 1;
}

namespace {

void WeakRefCell::sweepWeak(gc::Tracer& t) {
  if (!referent.isCell() || t.isMarked(referent.asCell())) return;
  referent = Value::null();
  if (!callback.isNull()) {
    state->queue.push(this);
    requestPySafePoint();
  }
}

// A fresh state per runtime (initWeakref makes it, so a runtime at a dead one's address never
// sees the old state); it lives as long as the process: its heap keeps a pointer to it.
WeakrefState& freshWeakrefState(PyLanguage& P) {
  WeakrefState* s = new WeakrefState(P);
  P.vm.heap.addRootSource(s);
  statesTable()[&P] = s;
  return *s;
}
WeakrefState& stateOf(PyLanguage& P) {
  auto it = statesTable().find(&P);
  if (it != statesTable().end()) return *it->second;
  return freshWeakrefState(P);
}

bool isRef(Value v) { return isObject(v) && asObject(v)->classTag() == kTagWeakRef; }
WeakRefCell* asRef(Value v) { return static_cast<WeakRefCell*>(asObject(v)); }

void checkReferent(PyLanguage& P, Value ob) {
  if (ob.isNullish() || ob.isBool() || isInteger(ob) || ob.isDouble() || isString(ob) || !ob.isCell() ||
      (isArray(ob) && asObject(ob)->classTag() == kTagTuple && P.typeOf(ob)->builtin))
    P.raise(P.t.TypeError, "cannot create weak reference to '" + P.typeName(ob) + "' object");
}

// A new ref/proxy to ob, or the shared one (no callback, exact type) if it exists.
Value makeRef(PyLanguage& P, PyType* type, RefKind kind, Value ob, Value callback) {
  VM& vm = P.vm;
  WeakrefState& st = stateOf(P);
  PyType* exact = kind == kRef ? st.refType : kind == kProxy ? st.proxyType : st.callableProxyType;
  bool basic = callback.isNull() && type == exact;
  auto found = st.byReferent.find(ob.asCell());
  if (basic && found != st.byReferent.end())
    for (WeakRefCell* r : found->second)
      if (r->kind == kind && r->callback.isNull() && r->proto() == exact && r->referent == ob) return Value::cell(r);
  Rooted rob(vm, ob), rcb(vm, callback);
  WeakRefCell* r = vm.heap.make<WeakRefCell>(vm.emptyShape(), type, &st, kind);
  r->referent = rob;
  r->callback = rcb;
  vm.heap.registerWeakHolder(r, r);
  st.byReferent[ob.asCell()].push_back(r);
  return Value::cell(r);
}

// ref.__new__(type, ob, callback=None)
Value refNew(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  runWeakrefCallbacks(L);
  if (!isType(a[0])) L.raise(L.t.TypeError, "ref.__new__(X): X is not a type object");
  if (a.argc < 2) L.raise(L.t.TypeError, "__new__ expected at least 1 argument, got 0");
  if (a.argc > 3 && asType(a[0]) == stateOf(L).refType) L.raise(L.t.TypeError, "__new__ expected at most 2 arguments, got " + std::to_string(a.argc - 1));
  checkReferent(L, a[1]);
  return makeRef(L, asType(a[0]), kRef, a[1], a.argc > 2 ? a[2] : Value::null());
}
Value refInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }

WeakRefCell* refSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isRef(a.thisValue) || asRef(a.thisValue)->kind != kRef)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for 'weakref.ReferenceType' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asRef(a.thisValue);
}

Value refCall(VM& vm, CallArgs& a) {
  WeakRefCell* r = refSelf(vm, a, "__call__");
  if (a.argc) L.raise(L.t.TypeError, "weakref() takes no arguments");
  return r->referent;
}
Value refHash(VM& vm, CallArgs& a) {
  WeakRefCell* r = refSelf(vm, a, "__hash__");
  if (!r->hashed) {
    if (!r->alive()) L.raise(L.t.TypeError, "weak object has gone away");
    Rooted rr(vm, Value::cell(r)), referent(vm, r->referent);  // __hash__ may allocate
    int64_t h = L.hash(referent);
    r->hashed = true;
    r->hashValue = h;
  }
  return bigint::fromInt64(vm.heap, r->hashValue);
}
// Equal referents while both live; otherwise identity (CPython's weakref_richcompare).
Value refEq(VM& vm, CallArgs& a) {
  WeakRefCell* r = refSelf(vm, a, "__eq__");
  Value o = a[0];
  if (!isRef(o) || asRef(o)->kind != kRef) return L.notImplemented;
  WeakRefCell* other = asRef(o);
  bool same = r == other;
  if (r->alive() && other->alive()) {
    Rooted x(vm, r->referent), y(vm, other->referent);  // __eq__ may allocate
    same = L.eq(x, y);
  }
  return Value::boolean(nativeMagic(a) ? !same : same);
}
Value refCallback(VM& vm, CallArgs& a) { return refSelf(vm, a, "__callback__")->callback; }
Value refRepr(VM& vm, CallArgs& a) {
  WeakRefCell* r = refSelf(vm, a, "__repr__");
  char buf[160];
  if (!r->alive()) {
    snprintf(buf, sizeof buf, "<weakref at 0x%012llx; dead>", (unsigned long long)uintptr_t(r));
    return L.newStr(buf);
  }
  snprintf(buf, sizeof buf, "<weakref at 0x%012llx; to '%s' at 0x%012llx>", (unsigned long long)uintptr_t(r),
           L.typeName(r->referent).c_str(), (unsigned long long)uintptr_t(r->referent.asCell()));
  return L.newStr(buf);
}

// ---- proxies ----
Value proxyFn(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  runWeakrefCallbacks(L);
  if (a.argc < 1) L.raise(L.t.TypeError, "proxy() missing required argument 'object' (pos 1)");
  if (a.argc > 2) L.raise(L.t.TypeError, "proxy() takes at most 2 arguments (" + std::to_string(a.argc) + " given)");
  checkReferent(L, a[0]);
  Rooted isCallable(vm, L.call(L.builtins->slot(L.builtins->findOwn(L.s("callable"))), &a.argv[0], 1));
  WeakrefState& st = stateOf(L);
  bool callable = L.truthy(vm, isCallable);
  return makeRef(L, callable ? st.callableProxyType : st.proxyType, callable ? kCallableProxy : kProxy, a[0],
                 a.argc > 1 ? a[1] : Value::null());
}

PyType* referenceErrorType(PyLanguage& P) {
  Value t = P.nsGet(P.builtins, P.s("ReferenceError"));
  return asType(t);
}
// The referent of a live proxy (or a non-proxy value unchanged); ReferenceError when dead.
Value unwrap(PyLanguage& P, Value v) {
  if (!isRef(v) || asRef(v)->kind == kRef) return v;
  if (!asRef(v)->alive()) P.raise(referenceErrorType(P), "weakly-referenced object no longer exists");
  return asRef(v)->referent;
}
Value proxySelf(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isRef(a.thisValue) || asRef(a.thisValue)->kind == kRef) L.raise(L.t.TypeError, "descriptor requires a 'weakproxy' object");
  return unwrap(L, a.thisValue);
}

// Forwarded dunders: magic indexes kForward; the referent's method of the same name is called with
// the arguments unwrapped (so proxy + proxy works), as CPython's proxy slots do.
const char* kForward[] = {"__str__", "__bool__", "__len__", "__iter__", "__next__", "__getitem__", "__setitem__",
                          "__delitem__", "__contains__", "__call__", "__int__", "__float__", "__index__",
                          "__reversed__", "__enter__", "__exit__", "__bytes__", "__abs__", "__neg__", "__pos__",
                          "__invert__"};
Value proxyForward(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  const char* name = kForward[nativeMagic(a)];
  RootedVector args(vm);
  for (uint32_t i = 0; i < a.argc; i++) args.push(unwrap(L, a[i]));
  if (std::string(name) == "__str__") return L.newStr(L.str(obj));
  if (std::string(name) == "__bool__") return Value::boolean(L.truthy(vm, obj));
  if (std::string(name) == "__len__") return L.callMethod(obj, "__len__", nullptr, 0);
  if (std::string(name) == "__iter__") return L.getIterator(vm, obj, false);
  if (std::string(name) == "__call__") {
    std::vector<String*> names;
    std::vector<Value> values;
    names.swap(L.kwNames);
    values.swap(L.kwValues);
    RootedVector keep(vm);
    for (Value v : values) keep.push(v);
    return L.callKw(obj, args.data(), uint32_t(args.size()), names, values.data());
  }
  if (std::string(name) == "__getitem__") return L.getElement(vm, obj, args[0]);
  if (std::string(name) == "__setitem__") { L.setElement(vm, obj, args[0], args[1], true); return Value::null(); }
  if (std::string(name) == "__delitem__") { L.deleteElement(vm, obj, args[0], true); return Value::null(); }
  if (std::string(name) == "__contains__") return Value::boolean(L.hasProperty(vm, obj, args[0]));
  return L.callMethod(obj, name, args.data(), uint32_t(args.size()));
}

struct BinaryDunder { const char* name; BinaryOp op; bool reflected; };
const BinaryDunder kBinary[] = {
    {"__add__", BinaryOp::Add, false}, {"__radd__", BinaryOp::Add, true}, {"__sub__", BinaryOp::Sub, false},
    {"__rsub__", BinaryOp::Sub, true}, {"__mul__", BinaryOp::Mul, false}, {"__rmul__", BinaryOp::Mul, true},
    {"__truediv__", BinaryOp::Div, false}, {"__rtruediv__", BinaryOp::Div, true},
    {"__floordiv__", BinaryOp::FloorDiv, false}, {"__rfloordiv__", BinaryOp::FloorDiv, true},
    {"__mod__", BinaryOp::Mod, false}, {"__rmod__", BinaryOp::Mod, true}, {"__pow__", BinaryOp::Pow, false},
    {"__rpow__", BinaryOp::Pow, true}, {"__and__", BinaryOp::BitAnd, false}, {"__rand__", BinaryOp::BitAnd, true},
    {"__or__", BinaryOp::BitOr, false}, {"__ror__", BinaryOp::BitOr, true}, {"__xor__", BinaryOp::BitXor, false},
    {"__rxor__", BinaryOp::BitXor, true}, {"__lshift__", BinaryOp::Shl, false}, {"__rlshift__", BinaryOp::Shl, true},
    {"__rshift__", BinaryOp::Shr, false}, {"__rrshift__", BinaryOp::Shr, true},
    {"__matmul__", BinaryOp::MatMul, false}, {"__rmatmul__", BinaryOp::MatMul, true}};
Value proxyBinary(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  const BinaryDunder& d = kBinary[nativeMagic(a)];
  Rooted other(vm, unwrap(L, a[0]));
  return d.reflected ? L.binary(vm, d.op, other, obj) : L.binary(vm, d.op, obj, other);
}
const CompareOp kCompare[] = {CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge};
Value proxyCompare(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  Rooted other(vm, unwrap(L, a[0]));
  return L.compare(vm, kCompare[nativeMagic(a)], obj, other);
}
Value proxyGetattr(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  if (!isString(a[0])) L.raise(L.t.TypeError, "attribute name must be string, not '" + L.typeName(a[0]) + "'");
  return L.getAttr(obj, asString(a[0]));
}
Value proxySetattr(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  if (!isString(a[0])) L.raise(L.t.TypeError, "attribute name must be string, not '" + L.typeName(a[0]) + "'");
  L.setAttr(obj, asString(a[0]), a[1]);
  return Value::null();
}
Value proxyDelattr(VM& vm, CallArgs& a) {
  Rooted obj(vm, proxySelf(vm, a));
  Value name = a[0];
  return L.call(L.builtins->slot(L.builtins->findOwn(L.s("delattr"))), std::vector<Value>{obj, name}.data(), 2);
}
Value proxyHash(VM& vm, CallArgs& a) {
  takeSelf(a);
  // CPython's tp_name of the proxy types includes the module.
  L.raise(L.t.TypeError, "unhashable type: 'weakref." + L.typeName(a.thisValue) + "'");
}
Value proxyRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  WeakRefCell* r = asRef(a.thisValue);
  char buf[160];
  if (!r->alive()) snprintf(buf, sizeof buf, "<weakproxy at 0x%012llx; dead>", (unsigned long long)uintptr_t(r));
  else
    snprintf(buf, sizeof buf, "<weakproxy at 0x%012llx; to '%s' at 0x%012llx>", (unsigned long long)uintptr_t(r),
             L.typeName(r->referent).c_str(), (unsigned long long)uintptr_t(r->referent.asCell()));
  return L.newStr(buf);
}

// getweakrefcount(o) / getweakrefs(o): the live refs and proxies to o.
std::vector<WeakRefCell*> refsTo(PyLanguage& P, Value o) {
  std::vector<WeakRefCell*> out;
  if (!o.isCell()) return out;
  WeakrefState& st = stateOf(P);
  auto it = st.byReferent.find(o.asCell());
  if (it == st.byReferent.end()) return out;
  for (WeakRefCell* r : it->second)
    if (r->referent == o) out.push_back(r);
  return out;
}
Value getweakrefcount(VM& vm, CallArgs& a) {
  runWeakrefCallbacks(L);
  if (a.argc != 1) L.raise(L.t.TypeError, "getweakrefcount() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return Value::integer(int32_t(refsTo(L, a[0]).size()));
}
Value getweakrefs(VM& vm, CallArgs& a) {
  runWeakrefCallbacks(L);
  if (a.argc != 1) L.raise(L.t.TypeError, "getweakrefs() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  std::vector<WeakRefCell*> refs = refsTo(L, a[0]);
  std::vector<Value> vals;
  for (WeakRefCell* r : refs) vals.push_back(Value::cell(r));
  return L.newList(vals.data(), vals.size());  // no allocation between collecting and copying
}
// _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weakref.
Value removeDead(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "_remove_dead_weakref expected 2 arguments, got " + std::to_string(a.argc));
  if (!isObject(a[0]) || asObject(a[0])->classTag() != kTagDict) L.raise(L.t.TypeError, "_remove_dead_weakref() argument 1 must be dict, not " + L.typeName(a[0]));
  PyDict* d = static_cast<PyDict*>(asObject(a[0]));
  Value cur = L.dictGet(d, a[1]);
  if (cur.isMagic(Magic::Empty)) return Value::null();  // CPython ignores a missing key
  if (isRef(cur) && !asRef(cur)->alive()) L.dictDel(d, a[1]);
  return Value::null();
}

}  // namespace

// (pyopmods) _abc's weak sets compare referents without calling the ref.
Value weakrefReferent(Value v) { return isRef(v) ? asRef(v)->referent : Value::empty(); }

// The callbacks of refs whose referents died, newest ref first; an exception in one is reported
// as CPython does ("Exception ignored in: <callback>") and the others still run.
void runWeakrefCallbacks(PyLanguage& P) {
  auto it = statesTable().find(&P);
  if (it == statesTable().end() || it->second->heap != &P.vm.heap) return;
  WeakrefState& st = *it->second;
  if (st.running || st.queue.empty()) return;
  st.running = true;
  VM& vm = P.vm;
  try {
    while (!st.queue.empty()) {
      RootedVector pending(vm);
      std::vector<gc::Cell*> cells = st.queue.take();
      for (auto c = cells.rbegin(); c != cells.rend(); ++c) pending.push(Value::cell(*c));
      for (size_t i = 0; i < pending.size(); i++) {
        WeakRefCell* r = asRef(pending[i]);
        Rooted cb(vm, r->callback);
        if (cb.get().isNull()) continue;
        r->callback = Value::null();  // called once; __callback__ is None afterwards, as in CPython
        Value arg = Value::cell(r);
        try {
          P.call(cb, &arg, 1);
        } catch (ScriptThrow&) {
          writeUnraisable(P, "Exception ignored in: ", cb);
        }
      }
    }
  } catch (...) {
    st.running = false;
    throw;
  }
  st.running = false;
}

void initWeakref(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  WeakrefState& st = freshWeakrefState(P);
  PyType* ref = newNativeType(P, "ReferenceType", "weakref");
  st.refType = ref;
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
  st.proxyType = proxyType;
  st.callableProxyType = callableProxy;
  for (PyType* pt : {proxyType, callableProxy}) {
    for (int i = 0; i < int(sizeof kForward / sizeof *kForward); i++) {
      if (pt == proxyType && std::string(kForward[i]) == "__call__") continue;
      P.defNative(pt, kForward[i], proxyForward, i);
    }
    for (int i = 0; i < int(sizeof kBinary / sizeof *kBinary); i++) P.defNative(pt, kBinary[i].name, proxyBinary, i);
    const char* cmp[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++) P.defNative(pt, cmp[i], proxyCompare, i);
    P.defNative(pt, "__getattr__", proxyGetattr);
    P.defNative(pt, "__setattr__", proxySetattr);
    P.defNative(pt, "__delattr__", proxyDelattr);
    P.defNative(pt, "__hash__", proxyHash);
    P.defNative(pt, "__repr__", proxyRepr);
  }
  m->putDirect(vm, P.s("ProxyType"), Value::cell(proxyType));
  m->putDirect(vm, P.s("CallableProxyType"), Value::cell(callableProxy));
  P.defNative(m, "proxy", proxyFn);
  P.defNative(m, "getweakrefcount", getweakrefcount);
  P.defNative(m, "getweakrefs", getweakrefs);
  P.defNative(m, "_remove_dead_weakref", removeDead);
}

}  // namespace dualvm::py
