// runtime/python/modules/itertools.cpp — the native `itertools` module (CPython's
// Modules/itertoolsmodule.c): count, cycle, repeat, accumulate, chain (+ from_iterable), compress,
// dropwhile, takewhile, filterfalse, groupby (+ its _grouper), islice, starmap, tee, zip_longest,
// pairwise, product, permutations, combinations, combinations_with_replacement. Each is a native
// class whose instances are NativeState cells; one __next__ serves all of them by kind, following
// CPython's algorithms (so laziness and the order of calls into user code match).
#include <array>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind {
  kCount = 1, kCycle, kRepeat, kAccumulate, kChain, kCompress, kDropwhile, kTakewhile, kFilterfalse,
  kGroupby, kGrouper, kIslice, kStarmap, kTee, kTeeData, kZipLongest, kPairwise, kProduct,
  kPermutations, kCombinations, kCombinationsWR, kKindCount
};
const char* kindNames[kKindCount] = {};
// The classes, per VM (each PyLanguage imports the module once).
std::unordered_map<PyLanguage*, std::array<PyType*, kKindCount>> classes;
PyType* typeOfKind(PyLanguage& P, int kind) { return classes[&P][kind]; }
#define typeFor(kind) typeOfKind(L, kind)

// The class being instantiated: __new__ receives it as argument 0.
PyType* clsArg(VM& vm, CallArgs& a) {
  Value c = a.thisValue.isUndefined() || !isType(a.thisValue) ? a[0] : a.thisValue;
  if (a.thisValue.isUndefined() || !isType(a.thisValue)) { a.argv++; a.argc--; }
  if (!isType(c)) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  return asType(c);
}

Value iterOf(VM& vm, Value v) { return L.getIterator(vm, v, false); }

void argCount(VM& vm, CallArgs& a, const char* name, uint32_t lo, uint32_t hi) {
  if (a.argc < lo) {
    if (lo == hi) L.raise(L.t.TypeError, std::string(name) + " expected " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
    L.raise(L.t.TypeError, std::string(name) + " expected at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
  }
  if (a.argc > hi) L.raise(L.t.TypeError, std::string(name) + " expected at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
}

// ---- constructors ----

Value newCount(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "count", {"start", "step"});
  argCount(vm, a, "count", 0, 2);
  Value start = a.argc > 0 ? a[0] : kw.get("start");
  Value step = a.argc > 1 ? a[1] : kw.get("step");
  if (start.isMagic(Magic::Empty)) start = Value::integer(0);
  if (step.isMagic(Magic::Empty)) step = Value::integer(1);
  auto isNum = [&](Value x) { return isInteger(x) || x.isBool() || x.isDouble() || (isObject(x) && !L.typeOf(x)->builtin); };
  if (!isNum(start) || !isNum(step)) L.raise(L.t.TypeError, "a number is required");
  NativeState* s = newState(L, cls, kCount, 2, 0);
  s->set(0, start); s->set(1, step);
  return Value::cell(s);
}

Value newCycle(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  takeKwargs(L, "cycle", {});
  argCount(vm, a, "cycle", 1, 1);
  Rooted it(vm, iterOf(vm, a[0]));
  NativeState* s = newState(L, cls, kCycle, 1, 2);  // n[0]: 1 once the source is exhausted; n[1]: replay index
  s->set(0, it);
  return Value::cell(s);
}

Value newRepeat(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "repeat", {"object", "times"});
  Value obj = a.argc > 0 ? a[0] : kw.get("object");
  Value times = a.argc > 1 ? a[1] : kw.get("times");
  if (obj.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "repeat() missing required argument 'object' (pos 1)");
  if (a.argc > 2) L.raise(L.t.TypeError, "repeat expected at most 2 arguments, got " + std::to_string(a.argc));
  NativeState* s = newState(L, cls, kRepeat, 1, 1);
  s->set(0, obj);
  if (times.isMagic(Magic::Empty)) s->n[0] = -1;
  else { int64_t t = L.toIndex(times); s->n[0] = t < 0 ? 0 : t; }
  return Value::cell(s);
}

Value newAccumulate(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "accumulate", {"iterable", "func", "initial"});
  Value iterable = a.argc > 0 ? a[0] : kw.get("iterable");
  Value func = a.argc > 1 ? a[1] : kw.get("func");
  Value initial = kw.get("initial");
  if (iterable.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "accumulate() missing required argument 'iterable' (pos 1)");
  Rooted it(vm, iterOf(vm, iterable));
  NativeState* s = newState(L, cls, kAccumulate, 4, 0);  // iterator, func, total (empty: none yet), initial
  s->set(0, it);
  s->set(1, func.isMagic(Magic::Empty) ? Value::null() : func);
  s->set(2, Value::empty());
  s->set(3, initial.isMagic(Magic::Empty) || initial.isNull() ? Value::empty() : initial);
  return Value::cell(s);
}

// chain(*iterables): v[0] = iterator over the iterables, v[1] = the current iterator (None: none).
Value makeChain(VM& vm, PyType* cls, Value source) {
  Rooted src(vm, source);
  NativeState* s = newState(L, cls, kChain, 2, 0);
  s->set(0, src);
  return Value::cell(s);
}
Value newChain(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  takeKwargs(L, "chain", {});
  Rooted t(vm, L.newTuple(a.argv, a.argc));
  Rooted it(vm, iterOf(vm, t));
  return makeChain(vm, cls, it);
}
Value chainFromIterable(VM& vm, CallArgs& a) {
  PyType* cls = typeFor(kChain);
  if (isType(a.thisValue)) cls = asType(a.thisValue);
  else if (a.argc == 2 && isType(a[0])) { cls = asType(a[0]); a.argv++; a.argc--; }
  Rooted it(vm, iterOf(vm, a[0]));
  return makeChain(vm, cls, it);
}

Value newCompress(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "compress", {"data", "selectors"});
  Value d = a.argc > 0 ? a[0] : kw.get("data"), sel = a.argc > 1 ? a[1] : kw.get("selectors");
  if (d.isMagic(Magic::Empty) || sel.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "compress() missing required argument");
  Rooted rs(vm, sel);
  Rooted di(vm, iterOf(vm, d));
  Rooted si(vm, iterOf(vm, rs));
  NativeState* s = newState(L, cls, kCompress, 2, 0);
  s->set(0, di); s->set(1, si);
  return Value::cell(s);
}

// dropwhile/takewhile/filterfalse/starmap/pairwise: (function, iterable) or (iterable).
Value newPredicate(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  int kind = nativeMagic(a);
  const char* name = kindNames[kind];
  takeKwargs(L, name, {});
  if (kind == kPairwise) {
    argCount(vm, a, name, 1, 1);
    Rooted it(vm, iterOf(vm, a[0]));
    NativeState* s = newState(L, cls, kind, 2, 0);  // iterator, previous item (empty: none yet)
    s->set(0, it); s->set(1, Value::empty());
    return Value::cell(s);
  }
  argCount(vm, a, name, 2, 2);
  Rooted it(vm, iterOf(vm, a[1]));
  NativeState* s = newState(L, cls, kind, 2, 1);  // function, iterator; n[0]: dropwhile/takewhile state
  s->set(0, a[0]); s->set(1, it);
  return Value::cell(s);
}

Value newGroupby(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "groupby", {"iterable", "key"});
  Value iterable = a.argc > 0 ? a[0] : kw.get("iterable");
  Value key = a.argc > 1 ? a[1] : kw.get("key");
  if (iterable.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "groupby() missing required argument 'iterable' (pos 1)");
  Rooted it(vm, iterOf(vm, iterable));
  // iterator, keyfunc, tgtkey, currkey, currvalue, currgrouper (empty: unset)
  NativeState* s = newState(L, cls, kGroupby, 6, 0);
  s->set(0, it);
  s->set(1, key.isMagic(Magic::Empty) ? Value::null() : key);
  for (int i = 2; i < 6; i++) s->set(i, Value::empty());
  return Value::cell(s);
}

int64_t isliceArg(VM& vm, Value v, const char* what) {
  if (v.isNull()) return -1;
  if (!(isInteger(v) || v.isBool() || (isObject(v) && !L.typeOf(v)->builtin)))
    L.raise(L.t.ValueError, std::string(what));
  int64_t i;
  Value iv = L.toInt(v);
  if (!bigint::fitsInt64(iv, &i)) i = INT64_MAX;
  if (i < 0) L.raise(L.t.ValueError, std::string(what));
  return i;
}
Value newIslice(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  takeKwargs(L, "islice", {});
  argCount(vm, a, "islice", 2, 4);
  const char* idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop, step = 1;
  if (a.argc == 2) stop = isliceArg(vm, a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  else {
    start = a[1].isNull() ? 0 : isliceArg(vm, a[1], idxMsg);
    stop = isliceArg(vm, a[2], idxMsg);
    if (a.argc > 3 && !a[3].isNull()) {
      step = isliceArg(vm, a[3], "Step for islice() must be a positive integer or None.");
      if (step == 0) L.raise(L.t.ValueError, "Step for islice() must be a positive integer or None.");
    }
  }
  Rooted it(vm, iterOf(vm, a[0]));
  NativeState* s = newState(L, cls, kIslice, 1, 4);  // iterator (None when done); next, stop, step, cnt
  s->set(0, it);
  s->n = {start, stop, step, 0};
  return Value::cell(s);
}

Value newTeeObject(VM& vm, PyType* cls, Value data, int64_t pos) {
  Rooted rd(vm, data);
  NativeState* s = newState(L, cls, kTee, 1, 1);  // shared buffer, position in it
  s->set(0, rd);
  s->n[0] = pos;
  return Value::cell(s);
}
Value teeFn(VM& vm, CallArgs& a) {
  takeKwargs(L, "tee", {});
  argCount(vm, a, "tee", 1, 2);
  int64_t n = a.argc > 1 ? L.toIndex(a[1]) : 2;
  if (n < 0) L.raise(L.t.ValueError, "n must be >= 0");
  Rooted src(vm, a[0]);
  RootedVector out(vm);
  if (isNativeState(src, kTee)) {  // tee of a tee: share its buffer (CPython copies the tee)
    NativeState* t = asState(src);
    for (int64_t i = 0; i < n; i++) out.push(i == 0 ? src.get() : newTeeObject(vm, typeFor(kTee), asState(src)->v[0], asState(src)->n[0]));
    (void)t;
  } else {
    Rooted it(vm, iterOf(vm, src));
    NativeState* data = newState(L, typeFor(kTeeData), kTeeData, 1, 1);  // source; n[0]: index of items[0]
    data->set(0, it);
    Rooted rd(vm, Value::cell(data));
    for (int64_t i = 0; i < n; i++) out.push(newTeeObject(vm, typeFor(kTee), rd, 0));
  }
  return L.newTuple(out.data(), out.size());
}

Value newZipLongest(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  RootedKwargs kw(L, "zip_longest", {"fillvalue"});
  Value fill = kw.get("fillvalue");
  RootedVector its(vm);
  for (uint32_t i = 0; i < a.argc; i++) its.push(iterOf(vm, a.argv[i]));
  NativeState* s = newState(L, cls, kZipLongest, 1, 1);  // fillvalue; items = iterators (None when done); n[0] = active
  s->set(0, fill.isMagic(Magic::Empty) ? Value::null() : fill);
  for (size_t i = 0; i < its.size(); i++) { writeBarrier(s, its[i]); s->items.push_back(its[i]); }
  s->n[0] = int64_t(its.size());
  return Value::cell(s);
}

// Combinatoric iterators: items = the pool (a materialised tuple of the input); n = indices
// (permutations: indices then cycles); v[0] unused. n.back() holds r, and a "started" flag lives
// in the cell's kind-specific counter layout documented per kind below.
Value newCombinatoric(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  int kind = nativeMagic(a);
  const char* name = kindNames[kind];
  if (kind == kProduct) {
    RootedKwargs kw(L, "product", {"repeat"});
    Value rep = kw.get("repeat");
    int64_t repeat = rep.isMagic(Magic::Empty) ? 1 : L.toIndex(rep);
    if (repeat < 0) L.raise(L.t.ValueError, "repeat argument cannot be negative");
    // pools: one tuple per input, repeated
    RootedVector pools(vm);
    for (uint32_t i = 0; i < a.argc; i++) {
      RootedVector items(vm);
      L.collect(a.argv[i], items);
      pools.push(L.newTuple(items.data(), items.size()));
    }
    NativeState* s = newState(L, cls, kProduct, 0, 0);
    for (int64_t r = 0; r < repeat; r++)
      for (size_t i = 0; i < pools.size(); i++) { writeBarrier(s, pools[i]); s->items.push_back(pools[i]); }
    // n: [started/done flag, indices...]
    s->n.assign(1 + s->items.size(), 0);
    return Value::cell(s);
  }
  RootedKwargs kw(L, name, {"iterable", "r"});
  Value iterable = a.argc > 0 ? a[0] : kw.get("iterable");
  Value rv = a.argc > 1 ? a[1] : kw.get("r");
  if (iterable.isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument 'iterable' (pos 1)");
  RootedVector pool(vm);
  L.collect(iterable, pool);
  int64_t n = int64_t(pool.size()), r;
  if (kind == kPermutations && (rv.isMagic(Magic::Empty) || rv.isNull())) r = n;
  else {
    if (rv.isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument 'r' (pos 2)");
    if (!isInteger(rv) && !rv.isBool()) L.raise(L.t.TypeError, "Expected int as r");
    r = L.toIndex(rv);
  }
  if (r < 0) L.raise(L.t.ValueError, "r must be non-negative");
  NativeState* s = newState(L, cls, kind, 0, 0);
  for (size_t i = 0; i < pool.size(); i++) { writeBarrier(s, pool[i]); s->items.push_back(pool[i]); }
  // n layout: [state (0 fresh, 1 running, 2 done), r, indices (r or n)..., cycles (permutations: r)...]
  s->n = {0, r};
  if (kind == kPermutations) {
    for (int64_t i = 0; i < n; i++) s->n.push_back(i);
    for (int64_t i = 0; i < r; i++) s->n.push_back(n - i);
  } else if (kind == kCombinations) {
    for (int64_t i = 0; i < r; i++) s->n.push_back(i);
  } else {
    for (int64_t i = 0; i < r; i++) s->n.push_back(0);
  }
  return Value::cell(s);
}

// ---- __next__ ----

bool callPred(VM& vm, Value fn, Value x) {
  Rooted rf(vm, fn), rx(vm, x);
  if (fn.isNull()) return L.truthy(vm, x);
  Value r = L.call(rf, rx.address(), 1);
  return L.truthy(vm, r);
}

Value tupleFromPool(VM& vm, NativeState* s, const int64_t* idx, int64_t r) {
  RootedVector out(vm);
  for (int64_t i = 0; i < r; i++) out.push(s->items[size_t(idx[i])]);
  return L.newTuple(out.data(), out.size());
}

// groupby_step: the next value and its key, or false when the source is exhausted.
bool groupbyStep(VM& vm, Rooted& self) {
  bool done = false;
  Value v = L.next(asState(self)->v[0], &done);
  if (done) return false;
  Rooted rv(vm, v);
  Value key = v;
  if (!asState(self)->v[1].isNull()) key = L.call(asState(self)->v[1], rv.address(), 1);
  asState(self)->set(3, key);
  asState(self)->set(4, rv);
  return true;
}

Value iterNext(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  if (!isObject(self) || asObject(self)->classTag() != kTagNativeState) L.raise(L.t.TypeError, "__next__ of a non-itertools object");
  NativeState* s = asState(self);
  bool done = false;
  switch (s->kind) {
    case kCount: {
      Rooted cur(vm, s->v[0]);
      Value nx = L.binary(vm, BinaryOp::Add, cur, s->v[1]);
      asState(self)->set(0, nx);
      return cur;
    }
    case kCycle: {
      if (s->n[0] == 0) {
        Value v = L.next(s->v[0], &done);
        if (!done) { asState(self)->items.push_back(v); writeBarrier(asState(self), v); return v; }
        asState(self)->n[0] = 1;
      }
      s = asState(self);
      if (s->items.empty()) stopIteration(L);
      Value v = s->items[size_t(s->n[1])];
      s->n[1] = (s->n[1] + 1) % int64_t(s->items.size());
      return v;
    }
    case kRepeat:
      if (s->n[0] == 0) stopIteration(L);
      if (s->n[0] > 0) s->n[0]--;
      return s->v[0];
    case kAccumulate: {
      if (!s->v[3].isMagic(Magic::Empty)) {
        Value init = s->v[3];
        s->set(2, init);
        s->set(3, Value::empty());
        return init;
      }
      Value v = L.next(s->v[0], &done);
      if (done) stopIteration(L);
      Rooted rv(vm, v);
      s = asState(self);
      if (s->v[2].isMagic(Magic::Empty)) { s->set(2, v); return v; }
      Value args[2] = {s->v[2], v};
      Value total = s->v[1].isNull() ? L.binary(vm, BinaryOp::Add, args[0], args[1]) : L.call(s->v[1], args, 2);
      asState(self)->set(2, total);
      return total;
    }
    case kChain: {
      for (;;) {
        s = asState(self);
        if (s->v[0].isNull()) stopIteration(L);
        if (s->v[1].isNull()) {
          Value nx = L.next(s->v[0], &done);
          if (done) { asState(self)->set(0, Value::null()); stopIteration(L); }
          Rooted rn(vm, nx);
          Value it = iterOf(vm, rn);
          asState(self)->set(1, it);
        }
        Value v = L.next(asState(self)->v[1], &done);
        if (!done) return v;
        asState(self)->set(1, Value::null());
      }
    }
    case kCompress: {
      for (;;) {
        Value d = L.next(asState(self)->v[0], &done);
        if (done) stopIteration(L);
        Rooted rd(vm, d);
        Value sel = L.next(asState(self)->v[1], &done);
        if (done) stopIteration(L);
        if (L.truthy(vm, sel)) return rd;
      }
    }
    case kDropwhile: {
      for (;;) {
        Value v = L.next(asState(self)->v[1], &done);
        if (done) stopIteration(L);
        if (asState(self)->n[0]) return v;
        Rooted rv(vm, v);
        if (!callPred(vm, asState(self)->v[0], rv)) { asState(self)->n[0] = 1; return rv; }
      }
    }
    case kTakewhile: {
      if (s->n[0]) stopIteration(L);
      Value v = L.next(s->v[1], &done);
      if (done) stopIteration(L);
      Rooted rv(vm, v);
      if (callPred(vm, asState(self)->v[0], rv)) return rv;
      asState(self)->n[0] = 1;
      stopIteration(L);
    }
    case kFilterfalse: {
      for (;;) {
        Value v = L.next(asState(self)->v[1], &done);
        if (done) stopIteration(L);
        Rooted rv(vm, v);
        if (!callPred(vm, asState(self)->v[0], rv)) return rv;
      }
    }
    case kStarmap: {
      Value v = L.next(s->v[1], &done);
      if (done) stopIteration(L);
      Rooted rv(vm, v);
      RootedVector args(vm);
      L.collect(rv, args);
      return L.call(asState(self)->v[0], args.data(), uint32_t(args.size()));
    }
    case kPairwise: {
      if (s->v[0].isNull()) stopIteration(L);
      if (s->v[1].isMagic(Magic::Empty)) {
        Value first = L.next(s->v[0], &done);
        if (done) { asState(self)->set(0, Value::null()); stopIteration(L); }
        asState(self)->set(1, first);
      }
      Value v = L.next(asState(self)->v[0], &done);
      if (done) { asState(self)->set(0, Value::null()); asState(self)->set(1, Value::empty()); stopIteration(L); }
      Value pair[2] = {asState(self)->v[1], v};
      asState(self)->set(1, v);
      return L.newTuple(pair, 2);
    }
    case kGroupby: {
      s->set(5, Value::empty());
      for (;;) {
        s = asState(self);
        if (s->v[3].isMagic(Magic::Empty)) { /* no current key yet: step */ }
        else if (s->v[2].isMagic(Magic::Empty)) break;
        else if (!L.eq(s->v[2], s->v[3])) break;
        if (!groupbyStep(vm, self)) stopIteration(L);
      }
      s = asState(self);
      s->set(2, s->v[3]);
      NativeState* g = newState(L, typeFor(kGrouper), kGrouper, 2, 0);  // parent, tgtkey
      g->set(0, self);
      g->set(1, asState(self)->v[2]);
      Rooted rg(vm, Value::cell(g));
      asState(self)->set(5, rg);
      Value pair[2] = {asState(self)->v[3], rg};
      return L.newTuple(pair, 2);
    }
    case kGrouper: {
      Rooted parent(vm, s->v[0]);
      if (asState(parent)->v[5] != self.get()) stopIteration(L);
      if (asState(parent)->v[4].isMagic(Magic::Empty) && !groupbyStep(vm, parent)) stopIteration(L);
      if (!L.eq(asState(self)->v[1], asState(parent)->v[3])) stopIteration(L);
      Value r = asState(parent)->v[4];
      asState(parent)->set(4, Value::empty());
      return r;
    }
    case kIslice: {
      if (s->v[0].isNull()) stopIteration(L);
      int64_t stop = s->n[1];
      while (asState(self)->n[3] < asState(self)->n[0]) {
        L.next(asState(self)->v[0], &done);
        if (done) { asState(self)->set(0, Value::null()); stopIteration(L); }
        asState(self)->n[3]++;
      }
      if (stop != -1 && asState(self)->n[3] >= stop) { asState(self)->set(0, Value::null()); stopIteration(L); }
      Value v = L.next(asState(self)->v[0], &done);
      s = asState(self);
      if (done) { s->set(0, Value::null()); stopIteration(L); }
      s->n[3]++;
      int64_t old = s->n[0];
      s->n[0] += s->n[2];
      if (s->n[0] < old || (stop != -1 && s->n[0] > stop)) s->n[0] = stop;
      return v;
    }
    case kTee: {
      Rooted data(vm, s->v[0]);
      NativeState* d = asState(data);
      int64_t i = s->n[0] - d->n[0];
      if (i < int64_t(d->items.size())) { s->n[0]++; return d->items[size_t(i)]; }
      if (d->v[0].isNull()) stopIteration(L);
      Value v = L.next(d->v[0], &done);
      d = asState(data);
      if (done) { d->set(0, Value::null()); stopIteration(L); }
      writeBarrier(d, v);
      d->items.push_back(v);
      asState(self)->n[0]++;
      return v;
    }
    case kZipLongest: {
      if (s->n[0] == 0 || s->items.empty()) stopIteration(L);
      RootedVector out(vm);
      for (size_t i = 0; i < asState(self)->items.size(); i++) {
        Value it = asState(self)->items[i];
        if (it.isNull()) { out.push(asState(self)->v[0]); continue; }
        Value v = L.next(it, &done);
        if (done) {
          NativeState* z = asState(self);
          z->items[i] = Value::null();
          if (--z->n[0] == 0) stopIteration(L);
          out.push(z->v[0]);
        } else out.push(v);
      }
      return L.newTuple(out.data(), out.size());
    }
    case kProduct: {
      size_t k = s->items.size();
      auto poolLen = [&](size_t i) { return int64_t(asArray(asState(self)->items[i])->elements.size()); };
      if (s->n[0] == 2) stopIteration(L);
      if (s->n[0] == 0) {
        for (size_t i = 0; i < k; i++) if (poolLen(i) == 0) { s->n[0] = 2; stopIteration(L); }
        s->n[0] = 1;
      } else {
        // advance the indices like an odometer, rightmost fastest
        size_t i = k;
        for (;;) {
          if (i == 0) { s->n[0] = 2; stopIteration(L); }
          i--;
          if (++s->n[1 + i] < poolLen(i)) break;
          s->n[1 + i] = 0;
        }
      }
      RootedVector out(vm);
      for (size_t i = 0; i < k; i++) out.push(asArray(asState(self)->items[i])->elements[size_t(asState(self)->n[1 + i])]);
      return L.newTuple(out.data(), out.size());
    }
    case kCombinations: {
      int64_t n = int64_t(s->items.size()), r = s->n[1];
      int64_t* idx = s->n.data() + 2;
      if (s->n[0] == 2 || r > n) stopIteration(L);
      if (s->n[0] == 0) { s->n[0] = 1; return tupleFromPool(vm, s, idx, r); }
      int64_t i = r - 1;
      while (i >= 0 && idx[i] == i + n - r) i--;
      if (i < 0) { s->n[0] = 2; stopIteration(L); }
      idx[i]++;
      for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
      return tupleFromPool(vm, s, idx, r);
    }
    case kCombinationsWR: {
      int64_t n = int64_t(s->items.size()), r = s->n[1];
      int64_t* idx = s->n.data() + 2;
      if (s->n[0] == 2 || (n == 0 && r > 0)) stopIteration(L);
      if (s->n[0] == 0) { s->n[0] = 1; return tupleFromPool(vm, s, idx, r); }
      int64_t i = r - 1;
      while (i >= 0 && idx[i] == n - 1) i--;
      if (i < 0) { s->n[0] = 2; stopIteration(L); }
      int64_t v = idx[i] + 1;
      for (int64_t j = i; j < r; j++) idx[j] = v;
      return tupleFromPool(vm, s, idx, r);
    }
    case kPermutations: {
      int64_t n = int64_t(s->items.size()), r = s->n[1];
      int64_t* idx = s->n.data() + 2;
      int64_t* cyc = idx + n;
      if (s->n[0] == 2 || r > n) stopIteration(L);
      if (s->n[0] == 0) { s->n[0] = 1; return tupleFromPool(vm, s, idx, r); }
      if (n == 0) { s->n[0] = 2; stopIteration(L); }
      int64_t i = r - 1;
      for (; i >= 0; i--) {
        cyc[i]--;
        if (cyc[i] == 0) {
          int64_t first = idx[i];
          for (int64_t j = i; j < n - 1; j++) idx[j] = idx[j + 1];
          idx[n - 1] = first;
          cyc[i] = n - i;
        } else {
          int64_t j = cyc[i];
          std::swap(idx[i], idx[n - j]);
          return tupleFromPool(vm, s, idx, r);
        }
      }
      s->n[0] = 2;
      stopIteration(L);
    }
    default:
      L.raise(L.t.TypeError, "'" + L.typeName(self) + "' object is not an iterator");
  }
}

Value iterSelf(VM&, CallArgs& a) { takeSelf(a); return a.thisValue; }

Value iterRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  NativeState* s = asState(self);
  std::string name = L.typeName(self);
  if (s->kind == kCount) {
    Value step = s->v[1];
    std::string r = name + "(" + L.repr(s->v[0]);
    if (!(step.isInt() && step.asInt() == 1)) r += ", " + L.repr(asState(self)->v[1]);
    return L.newStr(r + ")");
  }
  if (s->kind == kRepeat) {
    std::string r = name + "(" + L.repr(s->v[0]);
    if (asState(self)->n[0] >= 0) r += ", " + std::to_string(asState(self)->n[0]);
    return L.newStr(r + ")");
  }
  char addr[32];
  snprintf(addr, sizeof addr, "0x%012llx", (unsigned long long)uintptr_t(asObject(self)));
  return L.newStr("<itertools." + name + " object at " + addr + ">");
}

Value teeCopy(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kTee, "__copy__", "itertools._tee");
  return newTeeObject(vm, L.typeOf(a.thisValue), s->v[0], s->n[0]);
}

}  // namespace

void initItertools(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  struct { int kind; const char* name; NativeFn ctor; bool exported; } defs[] = {
      {kCount, "count", newCount, true}, {kCycle, "cycle", newCycle, true}, {kRepeat, "repeat", newRepeat, true},
      {kAccumulate, "accumulate", newAccumulate, true}, {kChain, "chain", newChain, true},
      {kCompress, "compress", newCompress, true}, {kDropwhile, "dropwhile", newPredicate, true},
      {kTakewhile, "takewhile", newPredicate, true}, {kFilterfalse, "filterfalse", newPredicate, true},
      {kGroupby, "groupby", newGroupby, true}, {kGrouper, "_grouper", nullptr, true},
      {kIslice, "islice", newIslice, true}, {kStarmap, "starmap", newPredicate, true},
      {kTee, "_tee", nullptr, true}, {kTeeData, "_tee_dataobject", nullptr, true},
      {kZipLongest, "zip_longest", newZipLongest, true}, {kPairwise, "pairwise", newPredicate, true},
      {kProduct, "product", newCombinatoric, true}, {kPermutations, "permutations", newCombinatoric, true},
      {kCombinations, "combinations", newCombinatoric, true},
      {kCombinationsWR, "combinations_with_replacement", newCombinatoric, true}};
  for (auto& d : defs) {
    PyType* ty = newNativeType(P, d.name, "itertools");
    kindNames[d.kind] = d.name;
    classes[&P][d.kind] = ty;
    if (d.ctor) P.defNative(ty, "__new__", d.ctor, d.kind);
    if (d.kind != kTeeData) {
      P.defNative(ty, "__iter__", iterSelf);
      P.defNative(ty, "__next__", iterNext);
    }
    P.defNative(ty, "__repr__", iterRepr);
    if (d.exported) m->putDirect(vm, P.s(d.name), Value::cell(ty));
  }
  // chain.from_iterable is a classmethod
  {
    NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, chainFromIterable, &P);
    f->data = Value::cell(P.s("from_iterable"));
    Rooted rf(vm, Value::cell(f));
    PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    b->a = rf;
    Rooted rb(vm, Value::cell(b));
    classes[&P][kChain]->putDirect(vm, P.s("from_iterable"), rb);
  }
  P.defNative(classes[&P][kTee], "__copy__", teeCopy);
  P.defNative(m, "tee", teeFn);
}

}  // namespace dualvm::py
