// runtime/python/range.cpp — range and slice objects (CPython's Objects/rangeobject.c and
// sliceobject.c): range's len/index/count/slicing/equality/attributes (O(1), no materialising),
// slice(...) construction, its start/stop/step attributes and indices(). Bounds may be big ints.
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

// Range arithmetic is exact on Python ints (CPython's longrangeobject paths): the bounds may be
// big ints, so lengths, items and membership are computed with GMP (pynum).
namespace {
struct Z {
  mpz_t v;
  Z() { mpz_init(v); }
  explicit Z(Value x) { mpz_init(v); bigint::toMpz(x.isBool() ? Value::integer(x.asBool()) : x, v); }
  ~Z() { mpz_clear(v); }
  Z(const Z&) = delete;
};

// compute_range_length: the number of items of range(a, b, c), into out
void lengthOf(PyBox* r, mpz_t out) {
  Z a(r->a), b(r->b), c(r->c);
  mpz_set_ui(out, 0);
  if (mpz_sgn(c.v) > 0 ? mpz_cmp(a.v, b.v) >= 0 : mpz_cmp(a.v, b.v) <= 0) return;
  Z diff;
  if (mpz_sgn(c.v) > 0) mpz_sub(diff.v, b.v, a.v); else { mpz_sub(diff.v, a.v, b.v); mpz_neg(c.v, c.v); }
  mpz_sub_ui(diff.v, diff.v, 1);
  mpz_tdiv_q(out, diff.v, c.v);
  mpz_add_ui(out, out, 1);
}
}  // namespace

// operator.index(v): an int (bools become ints) or the result of __index__.
Value indexInt(PyLanguage& P, Value v) {
  if (v.isBool()) return Value::integer(v.asBool());
  if (isInteger(v)) return v;
  if (isObject(v) && !P.typeOf(v)->builtin) {
    bool found = false;
    Value r = P.callDunder(v, "__index__", nullptr, 0, &found);
    if (found) {
      if (r.isBool()) return Value::integer(r.asBool());
      if (!isInteger(r)) P.raise(P.t.TypeError, "__index__ returned non-int (type " + P.typeName(r) + ")");
      return r;
    }
  }
  P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
}

// range(stop) / range(start, stop[, step]) with operator.index on each argument
Value newRange(PyLanguage& P, const Value* argv, uint32_t argc) {
  VM& vm = P.vm;
  if (argc == 0) P.raise(P.t.TypeError, "range expected at least 1 argument, got 0");
  if (argc > 3) P.raise(P.t.TypeError, "range expected at most 3 arguments, got " + std::to_string(argc));
  RootedVector v(vm);
  for (uint32_t i = 0; i < argc; i++) v.push(indexInt(P, argv[i]));
  if (argc == 3 && bigint::sign(v[2]) == 0) P.raise(P.t.ValueError, "range() arg 3 must not be zero");
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.range, kTagRange);
  if (argc == 1) { b->a = Value::integer(0); b->b = v[0]; b->c = Value::integer(1); }
  else { b->a = v[0]; b->b = v[1]; b->c = argc > 2 ? v[2] : Value::integer(1); }
  return Value::cell(b);
}

Value rangeLenValue(PyLanguage& P, PyBox* r) {
  Z n;
  lengthOf(r, n.v);
  return bigint::fromMpz(P.vm.heap, n.v);
}

int64_t rangeLen(PyLanguage& P, PyBox* r) {
  if (r->a.isInt() && r->b.isInt() && r->c.isInt()) {  // the common case, no overflow in int64
    int64_t a = r->a.asInt(), b = r->b.asInt(), st = r->c.asInt();
    return st > 0 ? (b > a ? (b - a - 1) / st + 1 : 0) : (a > b ? (a - b - 1) / -st + 1 : 0);
  }
  Z n;
  lengthOf(r, n.v);
  if (!mpz_fits_slong_p(n.v)) P.raise(P.t.OverflowError, "Python int too large to convert to C ssize_t");
  return int64_t(mpz_get_si(n.v));
}

// range[i] or range[slice] (a new range, as CPython computes it: compute_slice with
// _PySlice_GetLongIndices).
Value rangeGetItem(PyLanguage& P, Value obj, Value key) {
  VM& vm = P.vm;
  Rooted ro(vm, obj), rk(vm, key);
  Z len;
  lengthOf(asBox(obj), len.v);
  if (isBox(key, kTagSlice)) {
    PyBox* sl = asBox(key);
    auto part = [&](Value x, const char* what) -> Value {
      if (x.isNullish()) return Value::empty();
      if (!isInteger(x) && !x.isBool() && !(isObject(x) && !P.typeOf(x)->builtin))
        P.raise(P.t.TypeError, "slice indices must be integers or None or have an __index__ method");
      (void)what;
      return indexInt(P, x);
    };
    Rooted stepV(vm, part(sl->c, "step"));
    Z step;
    if (stepV.get().isMagic(Magic::Empty)) mpz_set_ui(step.v, 1); else bigint::toMpz(stepV, step.v);
    if (mpz_sgn(step.v) == 0) P.raise(P.t.ValueError, "slice step cannot be zero");
    Z lower, upper;
    if (mpz_sgn(step.v) < 0) { mpz_set_si(lower.v, -1); mpz_sub_ui(upper.v, len.v, 1); }
    else { mpz_set_ui(lower.v, 0); mpz_set(upper.v, len.v); }
    auto clamp = [&](Value x, mpz_t out, bool isStart) {
      Rooted rx(vm, part(x, isStart ? "start" : "stop"));
      if (rx.get().isMagic(Magic::Empty)) {
        mpz_set(out, (mpz_sgn(step.v) < 0) == isStart ? upper.v : lower.v);
        return;
      }
      bigint::toMpz(rx, out);
      if (mpz_sgn(out) < 0) {
        mpz_add(out, out, len.v);
        if (mpz_cmp(out, lower.v) < 0) mpz_set(out, lower.v);
      } else if (mpz_cmp(out, upper.v) > 0) {
        mpz_set(out, upper.v);
      }
    };
    Z start, stop;
    clamp(asBox(rk)->a, start.v, true);
    clamp(asBox(rk)->b, stop.v, false);
    PyBox* r = asBox(ro);
    Z a(r->a), c(r->c), t;
    mpz_mul(t.v, start.v, c.v); mpz_add(start.v, a.v, t.v);   // a + start * c
    mpz_mul(t.v, stop.v, c.v); mpz_add(stop.v, a.v, t.v);     // a + stop * c
    mpz_mul(step.v, step.v, c.v);                              // c * step
    Rooted v0(vm, bigint::fromMpz(vm.heap, start.v)), v1(vm, bigint::fromMpz(vm.heap, stop.v)), v2(vm, bigint::fromMpz(vm.heap, step.v));
    PyBox* out = vm.heap.make<PyBox>(vm.emptyShape(), P.t.range, kTagRange);
    out->a = v0; out->b = v1; out->c = v2;
    return Value::cell(out);
  }
  if (!isInteger(key) && !key.isBool() && !(isObject(key) && !P.typeOf(key)->builtin))
    P.raise(P.t.TypeError, "range indices must be integers or slices, not " + P.typeName(key));
  Value iv = indexInt(P, key);
  Z i(iv);
  if (mpz_sgn(i.v) < 0) mpz_add(i.v, i.v, len.v);
  if (mpz_sgn(i.v) < 0 || mpz_cmp(i.v, len.v) >= 0) P.raise(P.t.IndexError, "range object index out of range");
  PyBox* r = asBox(ro);
  Z a(r->a), c(r->c);
  mpz_mul(i.v, i.v, c.v);
  mpz_add(i.v, i.v, a.v);
  return bigint::fromMpz(vm.heap, i.v);
}

// key in r for an int key (range_contains_long); *index (may be null) gets its position.
static bool rangeHasInt(PyLanguage& P, PyBox* r, Value key, Value* index) {
  Z a(r->a), b(r->b), c(r->c), k(key);
  if (mpz_sgn(c.v) > 0 ? (mpz_cmp(k.v, a.v) < 0 || mpz_cmp(k.v, b.v) >= 0) : (mpz_cmp(k.v, a.v) > 0 || mpz_cmp(k.v, b.v) <= 0)) return false;
  Z d, q, rem;
  mpz_sub(d.v, k.v, a.v);
  mpz_tdiv_qr(q.v, rem.v, d.v, c.v);
  if (mpz_sgn(rem.v) != 0) return false;
  if (index) *index = bigint::fromMpz(P.vm.heap, q.v);
  return true;
}

// `key in range`: exact for ints; other values are compared with each item, as CPython's
// sequence search does (1.0 in range(3)).
bool rangeContains(PyLanguage& P, PyBox* r, Value key) {
  if (isInteger(key) || key.isBool()) return rangeHasInt(P, r, key, nullptr);
  VM& vm = P.vm;
  Rooted self(vm, Value::cell(r)), x(vm, key);
  int64_t n = rangeLen(P, r);
  for (int64_t k = 0; k < n; k++) if (P.eq(rangeGetItem(P, self, bigint::fromInt64(vm.heap, k)), x)) return true;
  return false;
}

// CPython compares ranges as the sequences they describe.
bool rangeEq(PyLanguage& P, PyBox* x, PyBox* y) {
  (void)P;
  Z nx, ny;
  lengthOf(x, nx.v);
  lengthOf(y, ny.v);
  if (mpz_cmp(nx.v, ny.v) != 0) return false;
  if (mpz_sgn(nx.v) == 0) return true;
  if (bigint::compare(x->a, y->a) != 0) return false;
  return mpz_cmp_ui(nx.v, 1) == 0 || bigint::compare(x->c, y->c) == 0;
}

// reversed(r) as the range it walks: range(a + (n-1)*c, a - c, -c)
Value rangeReversed(PyLanguage& P, PyBox* r) {
  VM& vm = P.vm;
  Z n, a(r->a), c(r->c), first, stop;
  lengthOf(r, n.v);
  mpz_sub_ui(first.v, n.v, 1);
  mpz_mul(first.v, first.v, c.v);
  mpz_add(first.v, first.v, a.v);
  mpz_sub(stop.v, a.v, c.v);
  mpz_neg(c.v, c.v);
  Rooted v0(vm, bigint::fromMpz(vm.heap, first.v)), v1(vm, bigint::fromMpz(vm.heap, stop.v)), v2(vm, bigint::fromMpz(vm.heap, c.v));
  PyBox* out = vm.heap.make<PyBox>(vm.emptyShape(), P.t.range, kTagRange);
  out->a = v0; out->b = v1; out->c = v2;
  return Value::cell(out);
}

static PyBox* rangeSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isBox(a.thisValue, kTagRange))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'range' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asBox(a.thisValue);
}
static Value r_index(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "index");
  Value i;
  if ((isInteger(a[0]) || a[0].isBool())) {
    if (rangeHasInt(L, r, a[0], &i)) return i;
  } else {
    // a non-int equal to a member (1.0) still counts, found by scanning
    Rooted self(vm, a.thisValue), x(vm, a[0]);
    int64_t n = rangeLen(L, asBox(self));
    for (int64_t k = 0; k < n; k++) if (L.eq(rangeGetItem(L, self, bigint::fromInt64(vm.heap, k)), x)) return bigint::fromInt64(vm.heap, k);
  }
  L.raise(L.t.ValueError, L.repr(a[0]) + " is not in range");
}
static Value r_count(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "count");
  if (isInteger(a[0]) || a[0].isBool()) return Value::integer(rangeHasInt(L, r, a[0], nullptr) ? 1 : 0);
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
static Value r_contains(VM& vm, CallArgs& a) { return Value::boolean(rangeContains(L, rangeSelf(vm, a, "__contains__"), a[0])); }
static Value r_getitem(VM& vm, CallArgs& a) { rangeSelf(vm, a, "__getitem__"); return rangeGetItem(L, a.thisValue, a[0]); }
static Value r_reversed(VM& vm, CallArgs& a) {
  PyBox* r = rangeSelf(vm, a, "__reversed__");
  Rooted rr(vm, rangeReversed(L, r));
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
