// runtime/python/range.cpp — range and slice objects (CPython's Objects/rangeobject.c and
// sliceobject.c): range's len/index/count/slicing/equality/attributes (O(1), no materialising),
// slice(...) construction, its start/stop/step attributes and indices().
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

int64_t rangeLen(PyLanguage& P, PyBox* r) {
  int64_t a = P.toIndex(r->a), b = P.toIndex(r->b), st = P.toIndex(r->c);
  return st > 0 ? (b > a ? (b - a - 1) / st + 1 : 0) : (a > b ? (a - b - 1) / -st + 1 : 0);
}

static Value makeRange(PyLanguage& P, int64_t a, int64_t b, int64_t c) {
  PyBox* r = P.vm.heap.make<PyBox>(P.vm.emptyShape(), P.t.range, kTagRange);
  r->a = bigint::fromInt64(P.vm.heap, a); r->b = bigint::fromInt64(P.vm.heap, b); r->c = bigint::fromInt64(P.vm.heap, c);
  return Value::cell(r);
}

// range[i] or range[slice] (a new range, as CPython computes it).
Value rangeGetItem(PyLanguage& P, Value obj, Value key) {
  PyBox* r = asBox(obj);
  int64_t a = P.toIndex(r->a), st = P.toIndex(r->c), n = rangeLen(P, r);
  if (isBox(key, kTagSlice)) {
    int64_t start, stop, step;
    P.sliceIndices(asBox(key), n, &start, &stop, &step);
    return makeRange(P, a + start * st, a + stop * st, st * step);
  }
  if (!isInteger(key) && !key.isBool() && !(isObject(key) && !P.typeOf(key)->builtin))
    P.raise(P.t.TypeError, "range indices must be integers or slices, not " + P.typeName(key));
  int64_t i = P.toIndex(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) P.raise(P.t.IndexError, "range object index out of range");
  return bigint::fromInt64(P.vm.heap, a + i * st);
}

static bool rangeHas(PyLanguage& P, PyBox* r, Value key, int64_t* index) {
  if (!(key.isInt() || key.isBool() || isBigInt(key))) return false;
  int64_t a = P.toIndex(r->a), b = P.toIndex(r->b), st = P.toIndex(r->c), k;
  if (!bigint::fitsInt64(key.isBool() ? Value::integer(key.asBool()) : key, &k)) return false;
  if (st > 0 ? (k < a || k >= b) : (k > a || k <= b)) return false;
  if ((k - a) % st != 0) return false;
  *index = (k - a) / st;
  return true;
}

// CPython compares ranges as the sequences they describe.
bool rangeEq(PyLanguage& P, PyBox* x, PyBox* y) {
  int64_t nx = rangeLen(P, x), ny = rangeLen(P, y);
  if (nx != ny) return false;
  if (nx == 0) return true;
  if (P.toIndex(x->a) != P.toIndex(y->a)) return false;
  return nx == 1 || P.toIndex(x->c) == P.toIndex(y->c);
}

static PyBox* rangeSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isBox(a.thisValue, kTagRange))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'range' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asBox(a.thisValue);
}
static Value r_index(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "index");
  int64_t i;
  if (rangeHas(L, r, a[0], &i)) return bigint::fromInt64(vm.heap, i);
  if (!(a[0].isInt() || a[0].isBool() || isBigInt(a[0]))) {
    // a non-int equal to a member (1.0) still counts, found by scanning
    Rooted self(vm, a.thisValue), x(vm, a[0]);
    int64_t n = rangeLen(L, asBox(self));
    for (int64_t k = 0; k < n; k++) if (L.eq(rangeGetItem(L, self, bigint::fromInt64(vm.heap, k)), x)) return bigint::fromInt64(vm.heap, k);
  }
  L.raise(L.t.ValueError, L.repr(a[0]) + " is not in range");
}
static Value r_count(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "count");
  int64_t i;
  if (a[0].isInt() || a[0].isBool() || isBigInt(a[0])) return Value::integer(rangeHas(L, r, a[0], &i) ? 1 : 0);
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  int64_t n = rangeLen(L, asBox(self)), c = 0;
  for (int64_t k = 0; k < n; k++) if (L.eq(rangeGetItem(L, self, bigint::fromInt64(vm.heap, k)), x)) c++;
  return bigint::fromInt64(vm.heap, c);
}
static Value r_attr(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "start");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  return m == 0 ? r->a : m == 1 ? r->b : r->c;
}
static Value r_len(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, rangeLen(L, rangeSelf(vm, a, "__len__"))); }
static Value r_contains(VM& vm, CallArgs& a) { rangeSelf(vm, a, "__contains__"); return Value::boolean(L.hasProperty(vm, a.thisValue, a[0])); }
static Value r_getitem(VM& vm, CallArgs& a) { rangeSelf(vm, a, "__getitem__"); return rangeGetItem(L, a.thisValue, a[0]); }
static Value r_reversed(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "__reversed__");
  int64_t n = rangeLen(L, r), st = L.toIndex(r->c), first = L.toIndex(r->a) + (n - 1) * st;
  Rooted rr(vm, makeRange(L, first, first - n * st, -st));
  return L.getIterator(vm, rr, false);
}
// ---- slice ----
static Value c_slice(VM& vm, CallArgs& a) {
  if (a.argc < 1) L.raise(L.t.TypeError, "slice expected at least 1 argument, got 0");
  if (a.argc > 3) L.raise(L.t.TypeError, "slice expected at most 3 arguments, got " + std::to_string(a.argc));
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.slice, kTagSlice);
  if (a.argc == 1) { b->a = Value::null(); b->b = a[0]; b->c = Value::null(); }
  else { b->a = a[0]; b->b = a[1]; b->c = a.argc > 2 ? a[2] : Value::null(); }
  return Value::cell(b);
}
static PyBox* sliceSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isBox(a.thisValue, kTagSlice))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'slice' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asBox(a.thisValue);
}
static Value sl_attr(VM& vm, CallArgs& a) {
  PyBox* s = sliceSelf(vm, a, "start");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  return m == 0 ? s->a : m == 1 ? s->b : s->c;
}
static Value sl_indices(VM& vm, CallArgs& a) {
  PyBox* s = sliceSelf(vm, a, "indices");
  int64_t n = L.toIndex(a[0]);
  if (n < 0) L.raise(L.t.ValueError, "length should not be negative");
  int64_t start, stop, step;
  L.sliceIndices(s, n, &start, &stop, &step);
  Value t[3] = {bigint::fromInt64(vm.heap, start), bigint::fromInt64(vm.heap, stop), bigint::fromInt64(vm.heap, step)};
  return L.newTuple(t, 3);
}

void installRange(PyLanguage& P) {
  PyType* r = P.t.range;
  P.defNative(r, "index", r_index); P.defNative(r, "count", r_count);
  P.defNative(r, "__len__", r_len); P.defNative(r, "__contains__", r_contains); P.defNative(r, "__getitem__", r_getitem);
  P.defNative(r, "__reversed__", r_reversed);
  defGetter(P, r, "start", r_attr, 0); defGetter(P, r, "stop", r_attr, 1); defGetter(P, r, "step", r_attr, 2);
  PyType* s = P.t.slice;
  P.defNative(s, "__dualvm_ctor__", c_slice);
  defGetter(P, s, "start", sl_attr, 0); defGetter(P, s, "stop", sl_attr, 1); defGetter(P, s, "step", sl_attr, 2);
  P.defNative(s, "indices", sl_indices);
  s->putDirect(P.vm, P.s("__hash__"), Value::null());
}

}  // namespace dualvm::py
