// runtime/python/set.cpp — set and frozenset as CPython 3.11's Objects/setobject.c builds them:
// the same open-addressing table (linear probes then perturbation, dummies, fill/used, resize
// rules), the same algorithms for the set algebra (which operand is iterated, copy vs. fresh
// table), so iteration order and repr match CPython wherever the hashes do (ints, floats, tuples
// of them). Also every method, the operators | & - ^ and their in-place forms (reached through
// containers.cpp), subset comparisons, repr and frozenset's hash.
#include <functional>
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

static const size_t kLinearProbes = 9, kPerturbShift = 5, kMinSize = 8;

Value newSet(PyLanguage& P, PyType* type) {
  bool frozen = P.isSubtype(type, P.t.frozenset);
  return Value::cell(P.vm.heap.make<PySet>(P.vm.emptyShape(), type, frozen));
}

// ---- the table (setobject.c's set_lookkey, set_add_entry, set_insert_clean, set_table_resize) ----

// The slot holding key, or -1. May run __eq__ (which may mutate the set: the loop re-reads it).
static int64_t lookKey(PyLanguage& P, Value set, Value key, int64_t hash) {
  VM& vm = P.vm;
  Rooted rs(vm, set), rk(vm, key);
  for (;;) {
    PySet* so = asSet(rs);
    size_t mask = so->table.size() - 1, i = size_t(hash) & mask, perturb = size_t(hash);
    bool restart = false;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      size_t j = i;
      for (;;) {
        PySet::Slot e = asSet(rs)->table[j];
        if (e.key.isMagic(Magic::Empty)) return -1;
        if (e.hash == hash && !e.key.isUndefined()) {
          if (e.key == rk.get()) return int64_t(j);
          size_t tableSize = asSet(rs)->table.size();
          Rooted sk(vm, e.key);
          bool same = P.eq(sk, rk);
          if (asSet(rs)->table.size() != tableSize || asSet(rs)->table[j].key != sk.get()) { restart = true; break; }
          if (same) return int64_t(j);
        }
        if (probes-- == 0) break;
        j++;
      }
      if (restart) break;
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

static void insertClean(std::vector<PySet::Slot>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1, i = size_t(hash) & mask, perturb = size_t(hash);
  for (;;) {
    if (table[i].key.isMagic(Magic::Empty)) { table[i] = {key, hash}; return; }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; j++)
        if (table[i + j].key.isMagic(Magic::Empty)) { table[i + j] = {key, hash}; return; }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static void tableResize(PySet* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<PySet::Slot> old = std::move(so->table);
  so->table.assign(newsize, PySet::Slot{Value::empty(), 0});
  so->fill = so->used;  // dummies are not copied
  for (auto& e : old) if (PySet::active(e)) insertClean(so->table, e.key, e.hash);
}

static void addEntry(PyLanguage& P, Value set, Value key, int64_t hash) {
  VM& vm = P.vm;
  Rooted rs(vm, set), rk(vm, key);
  for (;;) {
    size_t mask = asSet(rs)->table.size() - 1, i = size_t(hash) & mask, perturb = size_t(hash);
    int64_t freeslot = -1;
    bool restart = false;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      size_t j = i;
      for (;;) {
        PySet::Slot e = asSet(rs)->table[j];
        if (e.key.isMagic(Magic::Empty)) {
          PySet* so = asSet(rs);
          writeBarrier(so, rk.get());
          if (freeslot >= 0) { so->table[size_t(freeslot)] = {rk, hash}; so->used++; return; }
          so->table[j] = {rk, hash};
          so->fill++; so->used++;
          if (so->fill * 5 < mask * 3) return;
          tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
          return;
        }
        if (e.hash == hash && !e.key.isUndefined()) {
          if (e.key == rk.get()) return;
          size_t tableSize = asSet(rs)->table.size();
          Rooted sk(vm, e.key);
          bool same = P.eq(sk, rk);
          if (same) return;
          if (asSet(rs)->table.size() != tableSize || asSet(rs)->table[j].key != sk.get()) { restart = true; break; }
        } else if (e.key.isUndefined() && freeslot < 0) {
          freeslot = int64_t(j);
        }
        if (probes-- == 0) break;
        j++;
      }
      if (restart) break;
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

// The hash CPython uses for a set key: a set key is looked up as the equal frozenset.
static Value keyForLookup(PyLanguage& P, Value key, int64_t* hash) {
  if (isObject(key) && asObject(key)->classTag() == kTagSet) {
    VM& vm = P.vm;
    Rooted rk(vm, key);
    Rooted f(vm, newSet(P, P.t.frozenset));
    setUpdate(P, f, rk);
    *hash = P.hash(f);
    return f;
  }
  *hash = P.hash(key);
  return key;
}

static bool discardEntry(PyLanguage& P, Value set, Value key, int64_t hash) {
  int64_t j = lookKey(P, set, key, hash);
  if (j < 0) return false;
  PySet* so = asSet(set);
  so->table[size_t(j)] = {Value::undefined(), -1};
  so->used--;
  return true;
}

static void clearSet(PySet* so) {
  so->table.assign(kMinSize, PySet::Slot{Value::empty(), 0});
  so->fill = so->used = so->finger = 0;
}

void setAdd(PyLanguage& P, Value set, Value v) {
  int64_t h = P.hash(v);
  addEntry(P, set, v, h);
}

bool setHas(PyLanguage& P, Value set, Value v) {
  VM& vm = P.vm;
  Rooted rs(vm, set);
  int64_t h;
  Rooted k(vm, keyForLookup(P, v, &h));
  return lookKey(P, rs, k, h) >= 0;
}

// set_merge: `other` is a set or frozenset.
static void setMerge(PyLanguage& P, Value set, Value other) {
  VM& vm = P.vm;
  if (set == other || asSet(other)->used == 0) return;
  Rooted rs(vm, set), ro(vm, other);
  PySet* so = asSet(rs);
  PySet* ot = asSet(ro);
  size_t mask = so->table.size() - 1;
  if ((so->fill + ot->used) * 5 >= mask * 3) tableResize(so, (so->used + ot->used) * 2);
  if (so->fill == 0 && so->table.size() == ot->table.size() && ot->fill == ot->used) {
    for (size_t i = 0; i < ot->table.size(); i++) if (PySet::active(ot->table[i])) { writeBarrier(so, ot->table[i].key); so->table[i] = ot->table[i]; }
    so->fill = ot->fill; so->used = ot->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = so->used = ot->used;
    for (auto& e : ot->table) if (PySet::active(e)) { writeBarrier(so, e.key); insertClean(so->table, e.key, e.hash); }
    return;
  }
  for (size_t i = 0; i < asSet(ro)->table.size(); i++) {
    PySet::Slot e = asSet(ro)->table[i];
    if (PySet::active(e)) addEntry(P, rs, e.key, e.hash);
  }
}

// set_update_internal
void setUpdate(PyLanguage& P, Value set, Value iterable) {
  VM& vm = P.vm;
  Rooted rs(vm, set), ri(vm, iterable);
  if (isAnySet(iterable)) { setMerge(P, rs, ri); return; }
  if (isDict(iterable) && P.typeOf(iterable) == P.t.dict) {
    PySet* so = asSet(rs);
    size_t n = asDict(ri)->live;
    if ((so->fill + n) * 5 >= (so->table.size() - 1) * 3) tableResize(so, (so->used + n) * 2);
    for (size_t i = 0; i < asDict(ri)->entries.size(); i++) {
      DictEntry e = asDict(ri)->entries[i];
      if (!e.key.isMagic(Magic::Empty)) addEntry(P, rs, e.key, e.hash);
    }
    return;
  }
  Rooted it(vm, P.getIterator(vm, ri, false));
  Value x;
  while (P.iteratorStep(vm, it, &x)) setAdd(P, rs, x);
}

// Calls f(key, hash) for each active slot, in table order (a snapshot: f may mutate the set).
static void forEach(PyLanguage& P, Value set, const std::function<void(Value, int64_t)>& f) {
  VM& vm = P.vm;
  Rooted rs(vm, set);
  for (size_t i = 0; i < asSet(rs)->table.size(); i++) {
    PySet::Slot e = asSet(rs)->table[i];
    if (PySet::active(e)) { Rooted k(vm, e.key); f(k, e.hash); }
  }
}

static PyType* baseType(PyLanguage& P, Value self) {
  return asObject(self)->classTag() == kTagFrozenSet ? P.t.frozenset : P.t.set;
}
static Value makeNewSet(PyLanguage& P, PyType* type, Value iterable) {
  VM& vm = P.vm;
  Rooted ri(vm, iterable);
  Rooted out(vm, newSet(P, type));
  if (!ri.get().isUndefined()) setUpdate(P, out, ri);
  return out;
}
static Value setCopy(PyLanguage& P, Value so) { return makeNewSet(P, baseType(P, so), so); }

// set_intersection: iterates the smaller set (or the iterable), adding its keys.
static Value setIntersection(PyLanguage& P, Value so, Value other) {
  VM& vm = P.vm;
  if (so == other) return setCopy(P, so);
  Rooted rs(vm, so), ro(vm, other);
  Rooted result(vm, newSet(P, baseType(P, so)));
  if (isAnySet(other)) {
    Value small = ro, big = rs;
    if (asSet(ro)->used > asSet(rs)->used) std::swap(small, big);
    Rooted rbig(vm, big);
    forEach(P, small, [&](Value k, int64_t h) { if (lookKey(P, rbig, k, h) >= 0) addEntry(P, result, k, h); });
    return result;
  }
  Rooted it(vm, P.getIterator(vm, ro, false));
  Value x;
  while (P.iteratorStep(vm, it, &x)) {
    Rooted k(vm, x);
    int64_t h = P.hash(k);
    if (lookKey(P, rs, k, h) >= 0) addEntry(P, result, k, h);
  }
  return result;
}

static void swapBodies(PySet* a, PySet* b) {
  std::swap(a->table, b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->finger, b->finger);
}

// set_difference_update_internal
static void differenceUpdate(PyLanguage& P, Value so, Value other) {
  VM& vm = P.vm;
  Rooted rs(vm, so), ro(vm, other);
  if (so == other) { clearSet(asSet(rs)); return; }
  if (isAnySet(other)) {
    if ((asSet(ro)->used >> 3) > asSet(rs)->used) ro = setIntersection(P, rs, ro);
    forEach(P, ro, [&](Value k, int64_t h) { discardEntry(P, rs, k, h); });
  } else {
    Rooted it(vm, P.getIterator(vm, ro, false));
    Value x;
    while (P.iteratorStep(vm, it, &x)) {
      int64_t h;
      Rooted k(vm, keyForLookup(P, x, &h));
      discardEntry(P, rs, k, h);
    }
  }
  PySet* s = asSet(rs);
  if (s->fill - s->used <= (s->table.size() - 1) / 4) return;
  tableResize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// set_difference
static Value setDifference(PyLanguage& P, Value so, Value other) {
  VM& vm = P.vm;
  Rooted rs(vm, so), ro(vm, other);
  size_t otherSize;
  if (isAnySet(other)) otherSize = asSet(other)->used;
  else if (isDict(other) && P.typeOf(other) == P.t.dict) otherSize = asDict(other)->live;
  else { Rooted r(vm, setCopy(P, rs)); differenceUpdate(P, r, ro); return r; }
  if ((asSet(rs)->used >> 2) > otherSize) { Rooted r(vm, setCopy(P, rs)); differenceUpdate(P, r, ro); return r; }
  Rooted result(vm, newSet(P, baseType(P, rs)));
  if (isDict(ro)) {
    forEach(P, rs, [&](Value k, int64_t) { if (P.dictGet(asDict(ro), k).isMagic(Magic::Empty)) setAdd(P, result, k); });
    return result;
  }
  forEach(P, rs, [&](Value k, int64_t h) { if (lookKey(P, ro, k, h) < 0) addEntry(P, result, k, h); });
  return result;
}

// set_symmetric_difference_update
static void symmetricDifferenceUpdate(PyLanguage& P, Value so, Value other) {
  VM& vm = P.vm;
  Rooted rs(vm, so), ro(vm, other);
  if (so == other) { clearSet(asSet(rs)); return; }
  Rooted os(vm, isAnySet(other) ? other : makeNewSet(P, baseType(P, rs), ro));
  forEach(P, os, [&](Value k, int64_t h) { if (!discardEntry(P, rs, k, h)) addEntry(P, rs, k, h); });
}
static Value setSymmetricDifference(PyLanguage& P, Value so, Value other) {
  VM& vm = P.vm;
  Rooted rs(vm, so);
  Rooted os(vm, makeNewSet(P, baseType(P, so), other));
  symmetricDifferenceUpdate(P, os, rs);
  return os;
}

static bool isSubset(PyLanguage& P, Value a, Value b) {
  if (asSet(a)->used > asSet(b)->used) return false;
  bool ok = true;
  VM& vm = P.vm;
  Rooted rb(vm, b);
  forEach(P, a, [&](Value k, int64_t h) { if (ok && lookKey(P, rb, k, h) < 0) ok = false; });
  return ok;
}

Value setCompare(PyLanguage& P, CompareOp op, Value a, Value b) {
  size_t na = asSet(a)->used, nb = asSet(b)->used;
  switch (op) {
    case CompareOp::Eq: return Value::boolean(na == nb && isSubset(P, a, b));
    case CompareOp::Ne: return Value::boolean(!(na == nb && isSubset(P, a, b)));
    case CompareOp::Le: return Value::boolean(isSubset(P, a, b));
    case CompareOp::Lt: return Value::boolean(na < nb && isSubset(P, a, b));
    case CompareOp::Ge: return Value::boolean(isSubset(P, b, a));
    case CompareOp::Gt: return Value::boolean(na > nb && isSubset(P, b, a));
    default: return P.notImplemented;
  }
}

// `a op b` for | & - ^ when both are sets (else NotImplemented, as CPython).
Value setBinary(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b)) return P.notImplemented;
  VM& vm = P.vm;
  switch (op) {
    case BinaryOp::BitOr: {
      Rooted rb(vm, b);
      Rooted r(vm, setCopy(P, a));
      setUpdate(P, r, rb);
      return r;
    }
    case BinaryOp::BitAnd: return setIntersection(P, a, b);
    case BinaryOp::Sub: return setDifference(P, a, b);
    case BinaryOp::BitXor: return setSymmetricDifference(P, a, b);
    default: return P.notImplemented;
  }
}

// `a op= b` on a mutable set: in place.
Value setInplace(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (!isObject(a) || asObject(a)->classTag() != kTagSet || !isAnySet(b)) return P.notImplemented;
  VM& vm = P.vm;
  Rooted ra(vm, a), rb(vm, b);
  switch (op) {
    case BinaryOp::BitOr: setUpdate(P, ra, rb); return ra;
    case BinaryOp::BitAnd: { Value t = setIntersection(P, ra, rb); swapBodies(asSet(ra), asSet(t)); return ra; }
    case BinaryOp::Sub: differenceUpdate(P, ra, rb); return ra;
    case BinaryOp::BitXor: symmetricDifferenceUpdate(P, ra, rb); return ra;
    default: return P.notImplemented;
  }
}

std::string setRepr(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Rooted rv(vm, v);
  PyType* ty = P.typeOf(v);
  std::string name = ty->name->toUtf8();
  if (asSet(v)->used == 0) return name + "()";
  std::string body = "{";
  bool first = true;
  forEach(P, rv, [&](Value k, int64_t) { if (!first) body += ", "; first = false; body += P.repr(k); });
  body += "}";
  if (ty == P.t.set) return body;
  return name + "(" + body + ")";
}

int64_t frozensetHash(PyLanguage&, Value v) {
  // CPython's frozenset_hash (null and dummy slots cancel out of its xor)
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (auto& e : asSet(v)->table) if (PySet::active(e)) h ^= shuffle(uint64_t(e.hash));
  h ^= (uint64_t(asSet(v)->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (int64_t(h) == -1) h = 590923713ULL;
  return int64_t(h);
}

// Iteration (PyIter kind Bytes with a set source; containers.cpp): it->stop holds used + 1.
Value setIterNext(PyLanguage& P, PyIter* it, bool* done) {
  if (it->index < 0) { *done = true; return Value::undefined(); }
  PySet* so = asSet(it->source);
  if (int64_t(so->used) + 1 != it->stop) {
    it->index = -1;
    P.raise(P.t.RuntimeError, "Set changed size during iteration");
  }
  while (it->index < int64_t(so->table.size()) && !PySet::active(so->table[size_t(it->index)])) it->index++;
  if (it->index >= int64_t(so->table.size())) { it->index = -1; *done = true; return Value::undefined(); }
  return so->table[size_t(it->index++)].key;
}
int64_t setIterRemaining(PyIter* it) {
  if (it->index < 0) return 0;
  PySet* so = asSet(it->source);
  int64_t n = 0;
  for (size_t i = size_t(it->index); i < so->table.size(); i++) if (PySet::active(so->table[i])) n++;
  return n;
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
static void argc(PyLanguage& P, const char* name, uint32_t n, uint32_t want) {
  if (n != want) P.raise(P.t.TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
}

static Value m_add(VM& vm, CallArgs& a) { Value s = selfSet(vm, a, "add", true); argc(L, "set.add", a.argc, 1); setAdd(L, s, a[0]); return Value::null(); }
static Value m_discard(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "discard", true));
  argc(L, "set.discard", a.argc, 1);
  int64_t h;
  Rooted k(vm, keyForLookup(L, a[0], &h));
  discardEntry(L, s, k, h);
  return Value::null();
}
static Value m_remove(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "remove", true)), key(vm, a[0]);
  argc(L, "set.remove", a.argc, 1);
  int64_t h;
  Rooted k(vm, keyForLookup(L, key, &h));
  if (!discardEntry(L, s, k, h)) {
    Rooted e(vm, L.makeException(L.t.KeyError, ""));
    asObject(e)->putDirect(vm, L.s("args"), L.newTuple(key.address(), 1));
    vm.throwValue(e);
  }
  return Value::null();
}
static Value m_pop(VM& vm, CallArgs& a) {
  PySet* so = asSet(selfSet(vm, a, "pop", true));
  if (so->used == 0) L.raise(L.t.KeyError, "pop from an empty set");
  size_t i = so->finger & (so->table.size() - 1);
  while (!PySet::active(so->table[i])) { i++; if (i >= so->table.size()) i = 0; }
  Value key = so->table[i].key;
  so->table[i] = {Value::undefined(), -1};
  so->used--;
  so->finger = i + 1;
  return key;
}
static Value m_clear(VM& vm, CallArgs& a) { clearSet(asSet(selfSet(vm, a, "clear", true))); return Value::null(); }
static Value m_copy(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "copy", false);
  if (asObject(s)->classTag() == kTagFrozenSet && L.typeOf(s) == L.t.frozenset) return s;
  return setCopy(L, s);
}
static Value m_update(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "update", true));
  for (uint32_t i = 0; i < a.argc; i++) setUpdate(L, s, a.argv[i]);
  return Value::null();
}
static Value m_union(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "union", false));
  Rooted r(vm, setCopy(L, s));
  for (uint32_t i = 0; i < a.argc; i++) setUpdate(L, r, a.argv[i]);
  return r;
}
static Value m_intersection(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "intersection", false));
  if (a.argc == 0) return setCopy(L, s);
  Rooted r(vm, s);
  for (uint32_t i = 0; i < a.argc; i++) r = setIntersection(L, r, a.argv[i]);
  return r;
}
static Value m_intersectionUpdate(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "intersection_update", true));
  Rooted r(vm, s);
  for (uint32_t i = 0; i < a.argc; i++) r = setIntersection(L, r, a.argv[i]);
  if (r.get() != s.get()) swapBodies(asSet(s), asSet(r));
  return Value::null();
}
static Value m_difference(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "difference", false));
  if (a.argc == 0) return setCopy(L, s);
  Rooted r(vm, setDifference(L, s, a[0]));
  for (uint32_t i = 1; i < a.argc; i++) differenceUpdate(L, r, a.argv[i]);
  return r;
}
static Value m_differenceUpdate(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "difference_update", true));
  for (uint32_t i = 0; i < a.argc; i++) differenceUpdate(L, s, a.argv[i]);
  return Value::null();
}
static Value m_symmetricDifference(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "symmetric_difference", false));
  argc(L, "symmetric_difference", a.argc, 1);
  return setSymmetricDifference(L, s, a[0]);
}
static Value m_symmetricDifferenceUpdate(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "symmetric_difference_update", true));
  argc(L, "symmetric_difference_update", a.argc, 1);
  symmetricDifferenceUpdate(L, s, a[0]);
  return Value::null();
}
static Value asSetOperand(PyLanguage& P, Value v) { return isAnySet(v) ? v : makeNewSet(P, P.t.set, v); }
static Value m_issubset(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "issubset", false));
  argc(L, "issubset", a.argc, 1);
  Rooted o(vm, asSetOperand(L, a[0]));
  return Value::boolean(isSubset(L, s, o));
}
static Value m_issuperset(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "issuperset", false));
  argc(L, "issuperset", a.argc, 1);
  Rooted o(vm, asSetOperand(L, a[0]));
  return Value::boolean(isSubset(L, o, s));
}
static Value m_isdisjoint(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "isdisjoint", false));
  argc(L, "isdisjoint", a.argc, 1);
  Rooted o(vm, asSetOperand(L, a[0]));
  bool disjoint = true;
  forEach(L, s, [&](Value k, int64_t h) { if (disjoint && lookKey(L, o, k, h) >= 0) disjoint = false; });
  return Value::boolean(disjoint);
}
static Value m_contains(VM& vm, CallArgs& a) {
  Value s = selfSet(vm, a, "__contains__", false);
  return Value::boolean(setHas(L, s, a[0]));
}
static Value m_len(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, int64_t(asSet(selfSet(vm, a, "__len__", false))->used)); }
static Value m_iter(VM& vm, CallArgs& a) { return containerIter(L, selfSet(vm, a, "__iter__", false)); }

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
  return makeNewSet(L, ty, a.argc ? a[0] : Value::undefined());
}

// set.__new__(cls, ...) / frozenset.__new__(cls, iterable=()): how instances of subclasses are
// made (a set fills in __init__, a frozenset at creation).
static Value m_new(VM& vm, CallArgs& a) {
  if (a.argc < 1 || !isType(a[0]) || (!L.isSubtype(asType(a[0]), L.t.set) && !L.isSubtype(asType(a[0]), L.t.frozenset)))
    L.raise(L.t.TypeError, "set.__new__(X): X is not a subtype of set");
  PyType* ty = asType(a[0]);
  if (L.isSubtype(ty, L.t.frozenset)) {
    if (a.argc > 2) L.raise(L.t.TypeError, "frozenset expected at most 1 argument, got " + std::to_string(a.argc - 1));
    return makeNewSet(L, ty, a.argc > 1 ? a[1] : Value::undefined());
  }
  return newSet(L, ty);
}
static Value m_init(VM& vm, CallArgs& a) {
  Rooted s(vm, selfSet(vm, a, "__init__", true));
  if (!L.kwNames.empty()) L.raise(L.t.TypeError, "set() takes no keyword arguments");
  if (a.argc > 1) L.raise(L.t.TypeError, "set expected at most 1 argument, got " + std::to_string(a.argc));
  clearSet(asSet(s));
  if (a.argc) setUpdate(L, s, a[0]);
  return Value::null();
}
static Value m_noinit(VM&, CallArgs&) { return Value::null(); }

void installSet(PyLanguage& P) {
  P.t.set = P.newType("set", P.t.object);
  P.t.frozenset = P.newType("frozenset", P.t.object);
  for (PyType* ty : {P.t.set, P.t.frozenset}) {
    P.defNative(ty, "__dualvm_ctor__", c_set);
    P.defNative(ty, "copy", m_copy);
    P.defNative(ty, "union", m_union);
    P.defNative(ty, "intersection", m_intersection);
    P.defNative(ty, "difference", m_difference);
    P.defNative(ty, "symmetric_difference", m_symmetricDifference);
    P.defNative(ty, "issubset", m_issubset);
    P.defNative(ty, "issuperset", m_issuperset);
    P.defNative(ty, "isdisjoint", m_isdisjoint);
    P.defNative(ty, "__contains__", m_contains);
    P.defNative(ty, "__len__", m_len);
    P.defNative(ty, "__iter__", m_iter);
    P.defNative(ty, "__new__", m_new);
    P.builtins->putDirect(P.vm, ty->name, Value::cell(ty));
  }
  PyType* s = P.t.set;
  P.defNative(s, "__init__", m_init);
  P.defNative(P.t.frozenset, "__init__", m_noinit);
  P.defNative(s, "add", m_add);
  P.defNative(s, "discard", m_discard);
  P.defNative(s, "remove", m_remove);
  P.defNative(s, "pop", m_pop);
  P.defNative(s, "clear", m_clear);
  P.defNative(s, "update", m_update);
  P.defNative(s, "intersection_update", m_intersectionUpdate);
  P.defNative(s, "difference_update", m_differenceUpdate);
  P.defNative(s, "symmetric_difference_update", m_symmetricDifferenceUpdate);
  s->putDirect(P.vm, P.s("__hash__"), Value::null());
}

}  // namespace dualvm::py
