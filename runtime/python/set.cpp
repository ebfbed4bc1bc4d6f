// runtime/python/set.cpp — set and frozenset (CPython's Objects/setobject.c): construction, every
// method, the operators | & - ^ (and their in-place forms, containers.cpp), subset comparisons,
// repr, frozenset's hash. A set is a PyDict (the same hash/eq table as dict) whose values are
// None and whose class tag is kTagSet or kTagFrozenSet.
#include <functional>
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

Value newSet(PyLanguage& P, PyType* type) {
  PyDict* d = P.vm.heap.make<PyDict>(P.vm.emptyShape(), type);
  bool frozen = P.isSubtype(type, P.t.frozenset);
  d->setClassTag(frozen ? kTagFrozenSet : kTagSet);
  return Value::cell(d);
}

void setAdd(PyLanguage& P, PyDict* s, Value v) { P.dictSet(s, v, Value::null()); }

bool setHas(PyLanguage& P, PyDict* s, Value v) {
  if (isObject(v) && asObject(v)->classTag() == kTagSet) {
    // CPython looks a set key up as the equal frozenset
    VM& vm = P.vm;
    Rooted rs(vm, Value::cell(s));
    Rooted f(vm, newSet(P, P.t.frozenset));
    setUpdate(P, f, v);
    return !P.dictGet(asDict(rs), f).isMagic(Magic::Empty);
  }
  return !P.dictGet(s, v).isMagic(Magic::Empty);
}

void setUpdate(PyLanguage& P, Value set, Value iterable) {
  VM& vm = P.vm;
  Rooted rs(vm, set);
  if (isDict(iterable) || isAnySet(iterable)) {  // the keys, without an iterator
    Rooted src(vm, iterable);
    for (size_t i = 0; i < asDict(src)->entries.size(); i++) {
      DictEntry e = asDict(src)->entries[i];
      if (!e.key.isMagic(Magic::Empty)) setAdd(P, asDict(rs), e.key);
    }
    return;
  }
  RootedVector items(vm);
  P.collect(iterable, items);
  for (size_t i = 0; i < items.size(); i++) setAdd(P, asDict(rs), items[i]);
}

// The items of a set-like operand as a set (the operand itself when it already is one).
static Value asSetOperand(PyLanguage& P, Value v) {
  if (isAnySet(v)) return v;
  VM& vm = P.vm;
  Rooted rv(vm, v);
  Rooted s(vm, newSet(P, P.t.set));
  setUpdate(P, s, rv);
  return s;
}

static void forEachKey(PyLanguage& P, Value set, const std::function<void(Value)>& f) {
  VM& vm = P.vm;
  Rooted rs(vm, set);
  for (size_t i = 0; i < asDict(rs)->entries.size(); i++) {
    Value k = asDict(rs)->entries[i].key;
    if (!k.isMagic(Magic::Empty)) f(k);
  }
}

static PyType* resultType(PyLanguage& P, Value self) {
  return asObject(self)->classTag() == kTagFrozenSet ? P.t.frozenset : P.t.set;
}

// The set algebra on two sets (a and b are sets/frozensets); the result has a's base type.
enum class SetOp { Union, Inter, Diff, SymDiff };
static Value setAlgebra(PyLanguage& P, SetOp op, Value a, Value b, PyType* type) {
  VM& vm = P.vm;
  Rooted ra(vm, a), rb(vm, b);
  Rooted out(vm, newSet(P, type));
  switch (op) {
    case SetOp::Union:
      setUpdate(P, out, ra); setUpdate(P, out, rb); break;
    case SetOp::Inter:
      forEachKey(P, ra, [&](Value k) { if (setHas(P, asDict(rb), k)) setAdd(P, asDict(out), k); }); break;
    case SetOp::Diff:
      forEachKey(P, ra, [&](Value k) { if (!setHas(P, asDict(rb), k)) setAdd(P, asDict(out), k); }); break;
    case SetOp::SymDiff:
      forEachKey(P, ra, [&](Value k) { if (!setHas(P, asDict(rb), k)) setAdd(P, asDict(out), k); });
      forEachKey(P, rb, [&](Value k) { if (!setHas(P, asDict(ra), k)) setAdd(P, asDict(out), k); });
      break;
  }
  return out;
}

// Replaces the contents of set `dst` with those of set `src`.
static void setAssign(PyLanguage& P, Value dst, Value src) {
  VM& vm = P.vm;
  Rooted rd(vm, dst), rs(vm, src);
  PyDict* d = asDict(rd);
  d->entries.clear(); d->index.clear(); d->live = 0;
  setUpdate(P, rd, rs);
}

static bool isSubset(PyLanguage& P, Value a, Value b) {
  if (asDict(a)->live > asDict(b)->live) return false;
  bool ok = true;
  forEachKey(P, a, [&](Value k) { if (ok && !setHas(P, asDict(b), k)) ok = false; });
  return ok;
}

Value setCompare(PyLanguage& P, CompareOp op, Value a, Value b) {
  VM& vm = P.vm;
  Rooted ra(vm, a), rb(vm, b);
  bool (*sub)(PyLanguage&, Value, Value) = isSubset;
  uint32_t na = asDict(a)->live, nb = asDict(b)->live;
  switch (op) {
    case CompareOp::Eq: return Value::boolean(na == nb && sub(P, ra, rb));
    case CompareOp::Ne: return Value::boolean(!(na == nb && sub(P, ra, rb)));
    case CompareOp::Le: return Value::boolean(sub(P, ra, rb));
    case CompareOp::Lt: return Value::boolean(na < nb && sub(P, ra, rb));
    case CompareOp::Ge: return Value::boolean(sub(P, rb, ra));
    case CompareOp::Gt: return Value::boolean(na > nb && sub(P, rb, ra));
    default: return P.notImplemented;
  }
}

// `a op b` for | & - ^ when both are sets (else NotImplemented, as CPython).
Value setBinary(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b)) return P.notImplemented;
  switch (op) {
    case BinaryOp::BitOr: return setAlgebra(P, SetOp::Union, a, b, resultType(P, a));
    case BinaryOp::BitAnd: return setAlgebra(P, SetOp::Inter, a, b, resultType(P, a));
    case BinaryOp::Sub: return setAlgebra(P, SetOp::Diff, a, b, resultType(P, a));
    case BinaryOp::BitXor: return setAlgebra(P, SetOp::SymDiff, a, b, resultType(P, a));
    default: return P.notImplemented;
  }
}

// `a op= b` on a mutable set: in place.
Value setInplace(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (!isObject(a) || asObject(a)->classTag() != kTagSet || !isAnySet(b)) return P.notImplemented;
  VM& vm = P.vm;
  Rooted ra(vm, a);
  if (op == BinaryOp::BitOr) { setUpdate(P, ra, b); return ra; }
  Value r = setBinary(P, op, a, b);
  if (r == P.notImplemented) return r;
  setAssign(P, ra, r);
  return ra;
}

std::string setRepr(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Rooted rv(vm, v);
  PyType* ty = P.typeOf(v);
  bool frozen = asObject(v)->classTag() == kTagFrozenSet;
  std::string name = ty->name->toUtf8();
  if (asDict(v)->live == 0) return name + "()";
  std::string body = "{";
  bool first = true;
  forEachKey(P, rv, [&](Value k) { if (!first) body += ", "; first = false; body += P.repr(k); });
  body += "}";
  if (ty == P.t.set) return body;
  (void)frozen;
  return name + "(" + body + ")";
}

int64_t frozensetHash(PyLanguage& P, Value v) {
  // CPython's frozenset_hash (without its table-layout terms): order-independent
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (auto& e : asDict(v)->entries) if (!e.key.isMagic(Magic::Empty)) h ^= shuffle(uint64_t(e.hash));
  h ^= (uint64_t(asDict(v)->live) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (int64_t(h) == -1) h = 590923713ULL;
  (void)P;
  return int64_t(h);
}

// ---- methods ----

static Value selfSet(VM& vm, CallArgs& a, const char* method, bool mutating) {
  takeSelf(a);
  Value s = a.thisValue;
  if (!isAnySet(s) || (mutating && asObject(s)->classTag() != kTagSet))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for '" + (mutating ? "set" : "frozenset") +
                               "' objects doesn't apply to a '" + L.typeName(s) + "' object");
  return s;
}

static Value m_add(VM& vm, CallArgs& a) { Value s = selfSet(vm, a, "add", true); setAdd(L, asDict(s), a[0]); return Value::null(); }
static Value m_discard(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "discard", true);
  Rooted rs(vm, s);
  if (isObject(a[0]) && asObject(a[0])->classTag() == kTagSet) {
    Rooted f(vm, newSet(L, L.t.frozenset));
    setUpdate(L, f, a[0]);
    L.dictDel(asDict(rs), f);
  } else L.dictDel(asDict(rs), a[0]);
  return Value::null();
}
static Value m_remove(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "remove", true);
  Rooted rs(vm, s), key(vm, a[0]);
  if (!setHas(L, asDict(rs), key)) {
    Rooted e(vm, L.makeException(L.t.KeyError, ""));
    asObject(e)->putDirect(vm, L.s("args"), L.newTuple(key.address(), 1));
    vm.throwValue(e);
  }
  m_discard(vm, a);
  return Value::null();
}
static Value m_pop(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "pop", true);
  PyDict* d = asDict(s);
  if (d->live == 0) L.raise(L.t.KeyError, "pop from an empty set");
  for (auto& e : d->entries) {
    if (e.key.isMagic(Magic::Empty)) continue;
    Rooted k(vm, e.key);
    L.dictDel(d, k);
    return k;
  }
  return Value::null();
}
static Value m_clear(VM& vm, CallArgs& a) {
  PyDict* d = asDict(selfSet(vm, a, "clear", true));
  d->entries.clear(); d->index.clear(); d->live = 0;
  return Value::null();
}
static Value m_copy(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "copy", false);
  if (asObject(s)->classTag() == kTagFrozenSet && L.typeOf(s) == L.t.frozenset) return s;
  Rooted rs(vm, s);
  Rooted out(vm, newSet(L, resultType(L, rs)));
  setUpdate(L, out, rs);
  return out;
}
static Value m_update(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "update", true));
  for (uint32_t i = 0; i < a.argc; i++) setUpdate(L, s, a.argv[i]);
  return Value::null();
}
// union/intersection/difference/symmetric_difference (magic = SetOp), any iterables.
static Value m_algebra(VM& vm, CallArgs& a) {
  static const char* names[] = {"union", "intersection", "difference", "symmetric_difference"};
  SetOp op = SetOp(asNativeFunction(Value::cell(a.callee))->magic);
  Rooted s(vm, selfSet(vm, a, names[int(op)], false));
  Rooted acc(vm, s);
  PyType* ty = resultType(L, s);
  if (a.argc == 0) { Rooted out(vm, newSet(L, ty)); setUpdate(L, out, s); return out; }
  for (uint32_t i = 0; i < a.argc; i++) {
    Rooted other(vm, asSetOperand(L, a.argv[i]));
    acc = setAlgebra(L, op, acc, other, ty);
  }
  return acc;
}
static Value m_algebraUpdate(VM& vm, CallArgs& a) {
  static const char* names[] = {"update", "intersection_update", "difference_update", "symmetric_difference_update"};
  SetOp op = SetOp(asNativeFunction(Value::cell(a.callee))->magic);
  Rooted s(vm, selfSet(vm, a, names[int(op)], true));
  Rooted acc(vm, s);
  for (uint32_t i = 0; i < a.argc; i++) {
    Rooted other(vm, asSetOperand(L, a.argv[i]));
    acc = setAlgebra(L, op, acc, other, L.t.set);
  }
  setAssign(L, s, acc);
  return Value::null();
}
static Value m_issubset(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "issubset", false));
  Rooted o(vm, asSetOperand(L, a[0]));
  return Value::boolean(isSubset(L, s, o));
}
static Value m_issuperset(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "issuperset", false));
  Rooted o(vm, asSetOperand(L, a[0]));
  return Value::boolean(isSubset(L, o, s));
}
static Value m_isdisjoint(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "isdisjoint", false));
  Rooted o(vm, asSetOperand(L, a[0]));
  bool disjoint = true;
  forEachKey(L, s, [&](Value k) { if (disjoint && setHas(L, asDict(o), k)) disjoint = false; });
  return Value::boolean(disjoint);
}
static Value m_contains(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "__contains__", false);
  return Value::boolean(setHas(L, asDict(s), a[0]));
}
static Value m_len(VM& vm, CallArgs& a) { return Value::integer(int32_t(asDict(selfSet(vm, a, "__len__", false))->live)); }

// set(iterable) / frozenset(iterable); thisValue is the type (a subclass for user classes).
static Value c_set(VM& vm, CallArgs& a) {
  PyType* ty = isType(a.thisValue) ? asType(a.thisValue) : L.t.set;
  bool frozen = L.isSubtype(ty, L.t.frozenset);
  const char* name = frozen ? "frozenset" : "set";
  if (!L.kwNames.empty()) L.raise(L.t.TypeError, std::string(name) + "() takes no keyword arguments");
  if (a.argc > 1) L.raise(L.t.TypeError, std::string(name) + " expected at most 1 argument, got " + std::to_string(a.argc));
  if (frozen && ty == L.t.frozenset && a.argc && isObject(a[0]) && asObject(a[0])->classTag() == kTagFrozenSet &&
      L.typeOf(a[0]) == L.t.frozenset)
    return a[0];
  Rooted out(vm, newSet(L, ty));
  if (a.argc) setUpdate(L, out, a[0]);
  return out;
}

void installSet(PyLanguage& P) {
  P.t.set = P.newType("set", P.t.object);
  P.t.frozenset = P.newType("frozenset", P.t.object);
  for (PyType* ty : {P.t.set, P.t.frozenset}) {
    P.defNative(ty, "__dualvm_ctor__", c_set);
    P.defNative(ty, "copy", m_copy);
    P.defNative(ty, "union", m_algebra, int(SetOp::Union));
    P.defNative(ty, "intersection", m_algebra, int(SetOp::Inter));
    P.defNative(ty, "difference", m_algebra, int(SetOp::Diff));
    P.defNative(ty, "symmetric_difference", m_algebra, int(SetOp::SymDiff));
    P.defNative(ty, "issubset", m_issubset);
    P.defNative(ty, "issuperset", m_issuperset);
    P.defNative(ty, "isdisjoint", m_isdisjoint);
    P.defNative(ty, "__contains__", m_contains);
    P.defNative(ty, "__len__", m_len);
    P.builtins->putDirect(P.vm, ty->name, Value::cell(ty));
  }
  PyType* s = P.t.set;
  P.defNative(s, "add", m_add);
  P.defNative(s, "discard", m_discard);
  P.defNative(s, "remove", m_remove);
  P.defNative(s, "pop", m_pop);
  P.defNative(s, "clear", m_clear);
  P.defNative(s, "update", m_update);
  P.defNative(s, "intersection_update", m_algebraUpdate, int(SetOp::Inter));
  P.defNative(s, "difference_update", m_algebraUpdate, int(SetOp::Diff));
  P.defNative(s, "symmetric_difference_update", m_algebraUpdate, int(SetOp::SymDiff));
  s->putDirect(P.vm, P.s("__hash__"), Value::null());
}

}  // namespace dualvm::py
