// runtime/python/modules/_bisect.cpp — the native `_bisect` module (CPython's Modules/_bisectmodule.c;
// owner pyopmods): bisect_left, bisect_right, insort_left, insort_right with lo/hi and 3.10's
// key= (the key is applied to the probed items, not to x for bisect_*; insort_* apply it to x
// too). Any sequence with __getitem__ (and insert for insort) works; lists are read directly.
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

bool isList(Value v) { return isArray(v) && asObject(v)->classTag() == kTagList; }

bool lessThan(VM& vm, Value a, Value b) {  // PyObject_RichCompareBool(a, b, Py_LT)
  if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
  if (a.isDouble() && b.isDouble()) return a.asDouble() < b.asDouble();
  return L.truthy(vm, L.compare(vm, CompareOp::Lt, a, b));
}

// The insertion point of x in a[lo:hi] (internal_bisect_left / _right).
int64_t bisect(VM& vm, Value seq, Value item, int64_t lo, int64_t hi, Value key, bool right) {
  Rooted a(vm, seq), x(vm, item), k(vm, key);
  if (lo < 0) L.raise(L.t.ValueError, "lo must be non-negative");
  if (hi == -1) {
    if (isList(a)) hi = int64_t(asArray(a)->elements.size());
    else {
      Value arg = a;
      hi = L.toIndex(L.call(L.nsGet(L.builtins, L.s("len")), &arg, 1));  // PySequence_Size
    }
  }
  Rooted probe(vm);
  while (lo < hi) {
    int64_t mid = int64_t((uint64_t(lo) + uint64_t(hi)) / 2);
    if (isList(a)) {
      if (size_t(mid) >= asArray(a)->elements.size()) L.raise(L.t.IndexError, "list index out of range");
      probe = asArray(a)->elements[size_t(mid)];
    } else {
      probe = L.getElement(vm, a, bigint::fromInt64(vm.heap, mid));
    }
    if (!k.get().isNull()) {
      Value arg = probe;
      probe = L.call(k, &arg, 1);
    }
    if (right) {
      if (lessThan(vm, x, probe)) hi = mid; else lo = mid + 1;
    } else {
      if (lessThan(vm, probe, x)) lo = mid + 1; else hi = mid;
    }
  }
  return lo;
}

// (a, x, lo=0, hi=None, *, key=None) as Argument Clinic parses it.
struct Args { Value a, x, key; int64_t lo = 0, hi = -1; };
Args parseArgs(VM& vm, CallArgs& c, const char* name, RootedVector& keep) {
  for (String* n : L.kwNames) {  // _PyArg_UnpackKeywords' message, not takeKwargs'
    std::string k = n->toUtf8();
    if (k != "a" && k != "x" && k != "lo" && k != "hi" && k != "key") {
      L.kwNames.clear(); L.kwValues.clear();
      L.raise(L.t.TypeError, "'" + k + "' is an invalid keyword argument for " + name + "()");
    }
  }
  RootedKwargs kw(L, name, {"a", "x", "lo", "hi", "key"});
  if (c.argc > 4) L.raise(L.t.TypeError, std::string(name) + "() takes at most 4 positional arguments (" + std::to_string(c.argc) + " given)");
  const char* names[] = {"a", "x", "lo", "hi"};
  Value v[4];
  for (uint32_t i = 0; i < 4; i++) {
    Value k = kw.get(names[i]);
    if (i < c.argc) {
      if (!k.isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string("argument for ") + name + "() given by name ('" + names[i] + "') and position (" + std::to_string(i + 1) + ")");
      v[i] = c.argv[i];
    } else {
      v[i] = k;
    }
    if (i < 2 && v[i].isMagic(Magic::Empty))
      L.raise(L.t.TypeError, std::string(name) + "() missing required argument '" + names[i] + "' (pos " + std::to_string(i + 1) + ")");
  }
  Args r;
  r.a = v[0]; r.x = v[1];
  Value key = kw.get("key");
  r.key = key.isMagic(Magic::Empty) ? Value::null() : key;
  keep.push(r.a); keep.push(r.x); keep.push(r.key);
  if (!v[2].isMagic(Magic::Empty)) r.lo = L.toIndex(v[2]);
  if (!v[3].isMagic(Magic::Empty) && !v[3].isNull()) r.hi = L.toIndex(v[3]);
  return r;
}

const char* kNames[] = {"bisect_left", "bisect_right", "insort_left", "insort_right"};

Value bisectFn(VM& vm, CallArgs& c) {
  int m = nativeMagic(c);
  RootedVector keep(vm);
  Args p = parseArgs(vm, c, kNames[m], keep);
  return bigint::fromInt64(vm.heap, bisect(vm, p.a, p.x, p.lo, p.hi, p.key, m == 1));
}

Value insortFn(VM& vm, CallArgs& c) {
  int m = nativeMagic(c);
  RootedVector keep(vm);
  Args p = parseArgs(vm, c, kNames[m], keep);
  Rooted keyX(vm, p.x);
  if (!p.key.isNull()) {
    Value arg = p.x;
    keyX = L.call(p.key, &arg, 1);
  }
  int64_t index = bisect(vm, p.a, keyX, p.lo, p.hi, p.key, m == 3);
  Value args[2] = {bigint::fromInt64(vm.heap, index), p.x};
  if (isList(p.a) && L.typeOf(p.a) == L.t.list) {  // PyList_Insert (a list subclass may override insert)
    ArrayObject* arr = asArray(p.a);
    size_t n = arr->elements.size();
    size_t at = size_t(std::min<int64_t>(index, int64_t(n)));
    writeBarrier(arr, p.x);
    arr->elements.insert(arr->elements.begin() + ptrdiff_t(at), p.x);
  } else {
    L.callMethod(p.a, "insert", args, 2);
  }
  return Value::null();
}

}  // namespace

void initBisect(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(m));
  P.defNative(m, "bisect_left", bisectFn, 0);
  P.defNative(m, "bisect_right", bisectFn, 1);
  P.defNative(m, "insort_left", insortFn, 2);
  P.defNative(m, "insort_right", insortFn, 3);
  setFunctionsModule(P, asObject(rm), "_bisect");
}

}  // namespace dualvm::py
