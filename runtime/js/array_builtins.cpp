// runtime/js/array_builtins.cpp — the Array constructor, Array.isArray/of/from, every method of
// Array.prototype (generic over array-likes where the spec says so, with dense-array fast paths)
// and %ArrayIteratorPrototype%.
#include <algorithm>
#include <cmath>
#include "runtime/js/builtins.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

namespace {

int32_t magicOf(CallArgs& args) { return static_cast<NativeFunction*>(args.callee)->magic; }

// A dense array whose elements can be read directly (no holes consulted on the prototype).
bool isFastArray(Value v) {
  return isArray(v) && asArray(v)->fastElements;
}

bool hasIdx(VM& vm, Value o, uint64_t i) {
  if (isArray(o)) {
    ArrayObject* a = asArray(o);
    if (i < a->elements.size() && !a->elements[i].isHole()) return true;
  }
  PropertyKey k = i <= 0xFFFFFFFEull ? indexToKey(vm, uint32_t(i)) : vm.intern(numberToStdString(double(i)));
  return hasProperty(vm, asObject(o), k);
}

void deleteIdx(VM& vm, Value o, uint64_t i) {
  PropertyKey k = i <= 0xFFFFFFFEull ? indexToKey(vm, uint32_t(i)) : vm.intern(numberToStdString(double(i)));
  deleteProperty(vm, asObject(o), k, true);
}

void setLen(VM& vm, Value o, uint64_t len) {
  if (isArray(o)) {
    arraySetLength(vm, asArray(o), len, true);
    return;
  }
  setProperty(vm, o, jsRealm(vm).names.length, Value::fromInt64(int64_t(len)), o, true);
}

void createAt(VM& vm, Value o, uint64_t i, Value v) {
  if (isArray(o)) {
    ArrayObject* a = asArray(o);
    if (a->fastElements && a->isExtensible() && i == a->elements.size()) { a->push(v); return; }
  }
  Rooted rv(vm, v);
  PropertyKey k = i <= 0xFFFFFFFEull ? indexToKey(vm, uint32_t(i)) : vm.intern(numberToStdString(double(i)));
  createDataProperty(vm, asObject(o), k, rv, true);
}

Value callbackArg(VM& vm, CallArgs& args, const char* method) {
  Value f = args[0];
  if (!isCallable(f)) throwTypeError(vm, describeForError(vm, f) + " is not a function");
  return f;
}

// ArraySpeciesCreate, simplified: plain arrays (subclass instances get the subclass through
// their constructor's Symbol.species when present).
Value arraySpeciesCreate(VM& vm, Value original, uint64_t length) {
  JsRealm& r = jsRealm(vm);
  if (isArray(original) && asObject(original)->proto() != r.arrayPrototype) {
    Rooted ro(vm, original);
    Value c = js::getProperty(vm, original, r.names.constructor);
    if (isObject(c)) {
      Rooted rc(vm, c);
      c = js::getProperty(vm, c, r.symbols.species);
      if (c.isNull()) c = Value::undefined();
    }
    if (!c.isUndefined() && c != Value::cell(r.arrayConstructor)) {
      if (!isConstructor(c)) throwTypeError(vm, "object.constructor[Symbol.species] is not a constructor");
      Value len = Value::fromInt64(int64_t(length));
      return construct(vm, c, &len, 1);
    }
  }
  if (length > kMaxDenseLength) throwRangeError(vm, "Invalid array length");
  ArrayObject* a = newArray(vm, 0);
  if (length) a->elements.resize(size_t(length), Value::hole());
  return Value::cell(a);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Constructor and statics

static Value arrayConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* proto = args.isConstructCall() ? prototypeFromConstructor(vm, args.newTarget, r.arrayPrototype) : r.arrayPrototype;
  Rooted rp(vm, Value::cell(proto));
  ArrayObject* a = vm.heap.make<ArrayObject>(vm.emptyShape(), asObject(rp));
  if (args.argc == 1 && args[0].isNumber()) {
    double d = args[0].toDouble();
    if (d < 0 || d != std::floor(d) || d > 4294967295.0) throwRangeError(vm, "Invalid array length");
    if (d > double(kMaxDenseLength)) throwRangeError(vm, "Invalid array length");
    a->elements.resize(size_t(d), Value::hole());
    vm.heap.noteExternalGrowth(a->elements.capacity() * sizeof(Value));
    return Value::cell(a);
  }
  for (uint32_t i = 0; i < args.argc; i++) a->push(args.argv[i]);
  return Value::cell(a);
}

static Value arrayIsArray(VM& vm, CallArgs& args) { return Value::boolean(isArrayValue(vm, args[0])); }

static Value arrayOf(VM& vm, CallArgs& args) {
  return Value::cell(createArrayFromList(vm, args.argv, args.argc));
}

static Value arrayFrom(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Value items = args[0], mapFn = args[1], thisArg = args[2];
  bool mapping = !mapFn.isUndefined();
  if (mapping && !isCallable(mapFn)) throwTypeError(vm, describeForError(vm, mapFn) + " is not a function");
  if (items.isNullish()) throwTypeError(vm, describeForError(vm, items) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  bool useCtor = isConstructor(args.thisValue) && args.thisValue != Value::cell(r.arrayConstructor);
  Rooted out(vm);
  Value usingIter = getMethod(vm, items, r.symbols.iterator);
  RootedVector values(vm);
  if (!usingIter.isUndefined()) {
    iterableToList(vm, items, values);
  } else {
    Object* o = toObject(vm, items);
    Rooted ro(vm, Value::cell(o));
    uint64_t len = lengthOfArrayLike(vm, ro);
    for (uint64_t i = 0; i < len; i++) values.push(getIndex(vm, ro, i));
  }
  if (useCtor) {
    Value len = Value::fromInt64(int64_t(values.size()));
    out = construct(vm, args.thisValue, usingIter.isUndefined() ? &len : nullptr, usingIter.isUndefined() ? 1 : 0);
  } else {
    out = Value::cell(newArray(vm, uint32_t(values.size())));
  }
  for (size_t i = 0; i < values.size(); i++) {
    Value v = values[i];
    if (mapping) {
      Value cb[2] = {v, Value::integer(int32_t(i))};
      v = call(vm, mapFn, thisArg, cb, 2);
    }
    createAt(vm, out, i, v);
  }
  if (useCtor) setLen(vm, out, values.size());
  return out;
}

static Value speciesGetter(VM&, CallArgs& args) { return args.thisValue; }

// ---------------------------------------------------------------------------------------------
// Mutators

static Value arrayPush(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (isArray(t)) {
    ArrayObject* a = asArray(t);
    if (a->fastElements && a->isExtensible() && a->lengthWritable) {
      if (a->elements.size() + args.argc > kMaxDenseLength) throwRangeError(vm, "Invalid array length");
      size_t before = a->elements.capacity();
      for (uint32_t i = 0; i < args.argc; i++) a->push(args.argv[i]);
      if (a->elements.capacity() != before)
        vm.heap.noteExternalGrowth((a->elements.capacity() - before) * sizeof(Value));
      return Value::fromInt64(int64_t(a->elements.size()));
    }
  }
  Object* o = toObject(vm, t);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  for (uint32_t i = 0; i < args.argc; i++) setIndex(vm, ro, len + i, args.argv[i]);
  setLen(vm, ro, len + args.argc);
  return Value::fromInt64(int64_t(len + args.argc));
}

static Value arrayPop(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (isFastArray(t) && asArray(t)->lengthWritable && !asArray(t)->elements.empty() &&
      !asArray(t)->elements.back().isHole()) {
    ArrayObject* a = asArray(t);
    if (a->isExtensible() || true) {
      Value v = a->elements.back();
      a->elements.pop_back();
      return v;
    }
  }
  Object* o = toObject(vm, t);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  if (len == 0) { setLen(vm, ro, 0); return Value::undefined(); }
  Rooted v(vm, getIndex(vm, ro, len - 1));
  deleteIdx(vm, ro, len - 1);
  setLen(vm, ro, len - 1);
  return v;
}

static Value arrayShift(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (isFastArray(t) && asArray(t)->lengthWritable && asArray(t)->proto() == jsRealm(vm).arrayPrototype) {
    ArrayObject* a = asArray(t);
    if (a->elements.empty()) return Value::undefined();
    bool holes = false;
    for (Value v : a->elements) if (v.isHole()) { holes = true; break; }
    if (!holes) {
      Value v = a->elements.front();
      a->elements.erase(a->elements.begin());
      return v;
    }
  }
  Object* o = toObject(vm, t);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  if (len == 0) { setLen(vm, ro, 0); return Value::undefined(); }
  Rooted first(vm, getIndex(vm, ro, 0));
  for (uint64_t k = 1; k < len; k++) {
    if (hasIdx(vm, ro, k)) setIndex(vm, ro, k - 1, getIndex(vm, ro, k));
    else deleteIdx(vm, ro, k - 1);
  }
  deleteIdx(vm, ro, len - 1);
  setLen(vm, ro, len - 1);
  return first;
}

static Value arrayUnshift(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (isFastArray(t) && asArray(t)->lengthWritable && asArray(t)->isExtensible()) {
    ArrayObject* a = asArray(t);
    bool holes = false;
    for (Value v : a->elements) if (v.isHole()) { holes = true; break; }
    if (!holes) {
      a->elements.insert(a->elements.begin(), args.argv, args.argv + args.argc);
      return Value::fromInt64(int64_t(a->elements.size()));
    }
  }
  Object* o = toObject(vm, t);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  uint32_t n = args.argc;
  if (n) {
    for (uint64_t k = len; k > 0; k--) {
      if (hasIdx(vm, ro, k - 1)) setIndex(vm, ro, k - 1 + n, getIndex(vm, ro, k - 1));
      else deleteIdx(vm, ro, k - 1 + n);
    }
    for (uint32_t j = 0; j < n; j++) setIndex(vm, ro, j, args.argv[j]);
  }
  setLen(vm, ro, len + n);
  return Value::fromInt64(int64_t(len + n));
}

static Value arraySplice(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  uint64_t start = relativeIndex(vm, args[0], len, 0);
  uint64_t delCount;
  uint32_t insertCount = args.argc > 2 ? args.argc - 2 : 0;
  if (args.argc == 0) delCount = 0;
  else if (args.argc == 1) delCount = len - start;
  else {
    double dc = toIntegerOrInfinity(vm, args[1]);
    delCount = uint64_t(std::min(std::max(dc, 0.0), double(len - start)));
  }
  Rooted removed(vm, arraySpeciesCreate(vm, ro, delCount));
  if (isFastArray(ro) && isArray(removed) && asArray(ro)->lengthWritable &&
      asArray(ro)->proto() == jsRealm(vm).arrayPrototype && asArray(ro)->isExtensible()) {
    ArrayObject* a = asArray(ro);
    bool holes = false;
    for (Value v : a->elements) if (v.isHole()) { holes = true; break; }
    if (!holes) {
      ArrayObject* rem = asArray(removed);
      rem->elements.assign(a->elements.begin() + start, a->elements.begin() + start + delCount);
      a->elements.erase(a->elements.begin() + start, a->elements.begin() + start + delCount);
      a->elements.insert(a->elements.begin() + start, args.argv + 2, args.argv + 2 + insertCount);
      return removed;
    }
  }
  for (uint64_t k = 0; k < delCount; k++) {
    if (hasIdx(vm, ro, start + k)) createAt(vm, removed, k, getIndex(vm, ro, start + k));
  }
  setLen(vm, removed, delCount);
  if (insertCount < delCount) {
    for (uint64_t k = start; k < len - delCount; k++) {
      uint64_t from = k + delCount, to = k + insertCount;
      if (hasIdx(vm, ro, from)) setIndex(vm, ro, to, getIndex(vm, ro, from));
      else deleteIdx(vm, ro, to);
    }
    for (uint64_t k = len; k > len - delCount + insertCount; k--) deleteIdx(vm, ro, k - 1);
  } else if (insertCount > delCount) {
    for (uint64_t k = len - delCount; k > start; k--) {
      uint64_t from = k + delCount - 1, to = k + insertCount - 1;
      if (hasIdx(vm, ro, from)) setIndex(vm, ro, to, getIndex(vm, ro, from));
      else deleteIdx(vm, ro, to);
    }
  }
  for (uint32_t i = 0; i < insertCount; i++) setIndex(vm, ro, start + i, args.argv[2 + i]);
  setLen(vm, ro, len - delCount + insertCount);
  return removed;
}

static Value arrayReverse(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  if (isFastArray(ro)) {
    ArrayObject* a = asArray(ro);
    bool holes = false;
    for (Value v : a->elements) if (v.isHole()) { holes = true; break; }
    if (!holes) { std::reverse(a->elements.begin(), a->elements.end()); return ro; }
  }
  uint64_t len = lengthOfArrayLike(vm, ro);
  for (uint64_t lower = 0; lower < len / 2; lower++) {
    uint64_t upper = len - 1 - lower;
    bool le = hasIdx(vm, ro, lower), ue = hasIdx(vm, ro, upper);
    Rooted lv(vm, le ? getIndex(vm, ro, lower) : Value::undefined());
    Rooted uv(vm, ue ? getIndex(vm, ro, upper) : Value::undefined());
    if (ue) setIndex(vm, ro, lower, uv); else deleteIdx(vm, ro, lower);
    if (le) setIndex(vm, ro, upper, lv); else deleteIdx(vm, ro, upper);
  }
  return ro;
}

static Value arrayFill(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  uint64_t k = relativeIndex(vm, args[1], len, 0);
  uint64_t end = relativeIndex(vm, args[2], len, len);
  for (; k < end; k++) setIndex(vm, ro, k, args[0]);
  return ro;
}

static Value arrayCopyWithin(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  int64_t to = int64_t(relativeIndex(vm, args[0], len, 0));
  int64_t from = int64_t(relativeIndex(vm, args[1], len, 0));
  int64_t fin = int64_t(relativeIndex(vm, args[2], len, len));
  int64_t count = std::min<int64_t>(fin - from, int64_t(len) - to);
  int dir = 1;
  if (from < to && to < from + count) { dir = -1; from += count - 1; to += count - 1; }
  for (; count > 0; count--, from += dir, to += dir) {
    if (hasIdx(vm, ro, uint64_t(from))) setIndex(vm, ro, uint64_t(to), getIndex(vm, ro, uint64_t(from)));
    else deleteIdx(vm, ro, uint64_t(to));
  }
  return ro;
}

// ---------------------------------------------------------------------------------------------
// Sorting: a stable merge sort (the spec requires stability since ES2019).

namespace {
struct SortContext {
  VM& vm;
  Value comparator;
  bool useStrings;
  RootedVector* strings;  // parallel to values when sorting by string
};

// a < b for the sort (true when b must not precede a).
bool sortLessOrEqual(SortContext& c, Value a, Value b, size_t ia, size_t ib, RootedVector& vals) {
  if (c.useStrings) {
    String* sa = asString((*c.strings)[ia]);
    String* sb = asString((*c.strings)[ib]);
    return sa->compare(sb) <= 0;
  }
  Value argv[2] = {a, b};
  Value r = call(c.vm, c.comparator, Value::undefined(), argv, 2);
  double d = r.isInt() ? r.asInt() : toNumber(c.vm, r);
  return !(d > 0);
}

void mergeSort(SortContext& c, RootedVector& vals, std::vector<size_t>& idx, std::vector<size_t>& tmp,
               size_t lo, size_t hi) {
  if (hi - lo < 2) return;
  if (hi - lo <= 8) {  // insertion sort on small runs (stable)
    for (size_t i = lo + 1; i < hi; i++) {
      size_t cur = idx[i];
      size_t j = i;
      while (j > lo && !sortLessOrEqual(c, vals[idx[j - 1]], vals[cur], idx[j - 1], cur, vals)) {
        idx[j] = idx[j - 1];
        j--;
      }
      idx[j] = cur;
    }
    return;
  }
  size_t mid = lo + (hi - lo) / 2;
  mergeSort(c, vals, idx, tmp, lo, mid);
  mergeSort(c, vals, idx, tmp, mid, hi);
  if (sortLessOrEqual(c, vals[idx[mid - 1]], vals[idx[mid]], idx[mid - 1], idx[mid], vals)) return;
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (sortLessOrEqual(c, vals[idx[i]], vals[idx[j]], idx[i], idx[j], vals)) tmp[k++] = idx[i++];
    else tmp[k++] = idx[j++];
  }
  while (i < mid) tmp[k++] = idx[i++];
  while (j < hi) tmp[k++] = idx[j++];
  for (size_t x = lo; x < hi; x++) idx[x] = tmp[x];
}

// SortIndexedProperties + the sort: returns the sorted values (undefineds last, holes counted).
void sortValues(VM& vm, Value comparator, RootedVector& vals, RootedVector& sorted) {
  RootedVector strings(vm);
  SortContext c{vm, comparator, comparator.isUndefined(), &strings};
  if (c.useStrings) {
    for (size_t i = 0; i < vals.size(); i++) strings.push(Value::cell(toString(vm, vals[i])));
  }
  std::vector<size_t> idx(vals.size()), tmp(vals.size());
  for (size_t i = 0; i < idx.size(); i++) idx[i] = i;
  mergeSort(c, vals, idx, tmp, 0, idx.size());
  for (size_t i : idx) sorted.push(vals[i]);
}
}  // namespace

static Value arraySort(VM& vm, CallArgs& args) {
  Value cmp = args[0];
  if (!cmp.isUndefined() && !isCallable(cmp))
    throwTypeError(vm, "The comparison function must be either a function or undefined");
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  RootedVector vals(vm);
  uint64_t undefs = 0;
  for (uint64_t k = 0; k < len; k++) {
    if (!hasIdx(vm, ro, k)) continue;
    Value v = getIndex(vm, ro, k);
    if (v.isUndefined()) undefs++;
    else vals.push(v);
  }
  RootedVector sorted(vm);
  sortValues(vm, cmp, vals, sorted);
  uint64_t k = 0;
  for (; k < sorted.size(); k++) setIndex(vm, ro, k, sorted[k]);
  for (uint64_t u = 0; u < undefs; u++, k++) setIndex(vm, ro, k, Value::undefined());
  for (; k < len; k++) deleteIdx(vm, ro, k);
  return ro;
}

static Value arrayToSorted(VM& vm, CallArgs& args) {
  Value cmp = args[0];
  if (!cmp.isUndefined() && !isCallable(cmp))
    throwTypeError(vm, "The comparison function must be either a function or undefined");
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  RootedVector vals(vm);
  uint64_t undefs = 0;
  for (uint64_t k = 0; k < len; k++) {
    Value v = getIndex(vm, ro, k);
    if (v.isUndefined()) undefs++;
    else vals.push(v);
  }
  RootedVector sorted(vm);
  sortValues(vm, cmp, vals, sorted);
  for (uint64_t u = 0; u < undefs; u++) sorted.push(Value::undefined());
  return Value::cell(createArrayFromList(vm, sorted.data(), sorted.size()));
}

static Value arrayToReversed(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  RootedVector vals(vm);
  for (uint64_t k = len; k > 0; k--) vals.push(getIndex(vm, ro, k - 1));
  return Value::cell(createArrayFromList(vm, vals.data(), vals.size()));
}

static Value arrayWith(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  double rel = toIntegerOrInfinity(vm, args[0]);
  double actual = rel >= 0 ? rel : double(len) + rel;
  if (actual >= double(len) || actual < 0) throwRangeError(vm, "Invalid index : " + numberToStdString(rel));
  RootedVector vals(vm);
  for (uint64_t k = 0; k < len; k++) vals.push(k == uint64_t(actual) ? args[1] : getIndex(vm, ro, k));
  return Value::cell(createArrayFromList(vm, vals.data(), vals.size()));
}

static Value arrayToSpliced(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  uint64_t start = relativeIndex(vm, args[0], len, 0);
  uint64_t skip;
  if (args.argc == 0) skip = 0;
  else if (args.argc == 1) skip = len - start;
  else skip = uint64_t(std::min(std::max(toIntegerOrInfinity(vm, args[1]), 0.0), double(len - start)));
  RootedVector vals(vm);
  for (uint64_t k = 0; k < start; k++) vals.push(getIndex(vm, ro, k));
  for (uint32_t i = 2; i < args.argc; i++) vals.push(args.argv[i]);
  for (uint64_t k = start + skip; k < len; k++) vals.push(getIndex(vm, ro, k));
  return Value::cell(createArrayFromList(vm, vals.data(), vals.size()));
}

// ---------------------------------------------------------------------------------------------
// Accessors

static Value arraySlice(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  uint64_t k = relativeIndex(vm, args[0], len, 0);
  uint64_t fin = relativeIndex(vm, args[1], len, len);
  uint64_t count = fin > k ? fin - k : 0;
  Rooted out(vm, arraySpeciesCreate(vm, ro, count));
  if (k < fin && isFastArray(ro) && isArray(out) && asArray(ro)->elements.size() >= fin) {
    ArrayObject* a = asArray(ro);
    ArrayObject* b = asArray(out);
    bool holes = false;
    for (uint64_t i = k; i < fin; i++) if (a->elements[i].isHole()) { holes = true; break; }
    if (!holes) {
      b->elements.assign(a->elements.begin() + k, a->elements.begin() + fin);
      return out;
    }
  }
  uint64_t n = 0;
  for (; k < fin; k++, n++) {
    if (hasIdx(vm, ro, k)) createAt(vm, out, n, getIndex(vm, ro, k));
  }
  setLen(vm, out, n);
  return out;
}

static bool isConcatSpreadable(VM& vm, Value v) {
  if (!isObject(v)) return false;
  Value s = js::getProperty(vm, v, jsRealm(vm).symbols.isConcatSpreadable);
  if (!s.isUndefined()) return toBoolean(s);
  return isArray(v);
}

static Value arrayConcat(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  Rooted out(vm, arraySpeciesCreate(vm, ro, 0));
  uint64_t n = 0;
  for (uint32_t i = 0; i <= args.argc; i++) {
    Rooted e(vm, i == 0 ? ro.get() : args.argv[i - 1]);
    if (isConcatSpreadable(vm, e)) {
      uint64_t len = lengthOfArrayLike(vm, e);
      if (isFastArray(e) && isArray(out) && asArray(out)->fastElements && asArray(out)->elements.size() == n) {
        ArrayObject* src = asArray(e);
        ArrayObject* dst = asArray(out);
        bool holes = false;
        for (Value v : src->elements) if (v.isHole()) { holes = true; break; }
        if (!holes) {
          dst->elements.insert(dst->elements.end(), src->elements.begin(), src->elements.end());
          n += len;
          continue;
        }
      }
      for (uint64_t k = 0; k < len; k++, n++) {
        if (hasIdx(vm, e, k)) createAt(vm, out, n, getIndex(vm, e, k));
      }
    } else {
      createAt(vm, out, n++, e);
    }
  }
  setLen(vm, out, n);
  return out;
}

static void joinInto(VM& vm, Value o, String* sep, std::u16string& out) {
  JsRealm& r = jsRealm(vm);
  uint64_t len = lengthOfArrayLike(vm, o);
  std::u16string sepText = sep->toUtf16();
  for (uint64_t k = 0; k < len; k++) {
    if (k) out += sepText;
    Value v = getIndex(vm, o, k);
    if (v.isNullish()) continue;
    out += toString(vm, v)->toUtf16();
  }
  (void)r;
}

static Value arrayJoin(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  for (Object* x : r.joinStack)
    if (x == o) return Value::cell(r.names.empty);
  String* sep = args[0].isUndefined() ? vm.intern(",") : toString(vm, args[0]);
  Rooted rsep(vm, Value::cell(sep));
  r.joinStack.push_back(o);
  std::u16string out;
  try {
    joinInto(vm, ro, asString(rsep), out);
  } catch (...) {
    r.joinStack.pop_back();
    throw;
  }
  r.joinStack.pop_back();
  return Value::cell(String::fromUtf16(vm.heap, out));
}

static Value arrayToString(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  Value join = js::getProperty(vm, ro, r.names.join);
  if (!isCallable(join)) return call(vm, r.objectProtoToString, ro);
  return call(vm, join, ro);
}

static Value arrayToLocaleString(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  for (Object* x : r.joinStack)
    if (x == o) return Value::cell(r.names.empty);
  r.joinStack.push_back(o);
  std::u16string out;
  try {
    uint64_t len = lengthOfArrayLike(vm, ro);
    for (uint64_t k = 0; k < len; k++) {
      if (k) out += u",";
      Value v = getIndex(vm, ro, k);
      if (v.isNullish()) continue;
      Value s = invoke(vm, v, vm.intern("toLocaleString"));
      out += toString(vm, s)->toUtf16();
    }
  } catch (...) {
    r.joinStack.pop_back();
    throw;
  }
  r.joinStack.pop_back();
  return Value::cell(String::fromUtf16(vm.heap, out));
}

// indexOf (magic 0) / lastIndexOf (1) / includes (2).
static Value arraySearch(VM& vm, CallArgs& args) {
  int m = magicOf(args);
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  if (len == 0) return m == 2 ? Value::boolean(false) : Value::integer(-1);
  Value target = args[0];
  if (m == 1) {
    int64_t k;
    if (args.argc > 1) {
      double n = toIntegerOrInfinity(vm, args[1]);
      if (n == -INFINITY) return Value::integer(-1);
      k = n >= 0 ? int64_t(std::min(n, double(len) - 1)) : int64_t(double(len) + n);
    } else {
      k = int64_t(len) - 1;
    }
    for (; k >= 0; k--) {
      if (hasIdx(vm, ro, uint64_t(k)) && isStrictlyEqual(getIndex(vm, ro, uint64_t(k)), target))
        return Value::fromInt64(k);
    }
    return Value::integer(-1);
  }
  double n = toIntegerOrInfinity(vm, args[1]);
  if (n == INFINITY) return m == 2 ? Value::boolean(false) : Value::integer(-1);
  uint64_t k = n >= 0 ? uint64_t(n) : uint64_t(std::max(0.0, double(len) + n));
  for (; k < len; k++) {
    if (m == 2) {
      if (sameValueZero(getIndex(vm, ro, k), target)) return Value::boolean(true);
    } else if (hasIdx(vm, ro, k) && isStrictlyEqual(getIndex(vm, ro, k), target)) {
      return Value::fromInt64(int64_t(k));
    }
  }
  return m == 2 ? Value::boolean(false) : Value::integer(-1);
}

static Value arrayAt(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  double rel = toIntegerOrInfinity(vm, args[0]);
  double k = rel >= 0 ? rel : double(len) + rel;
  if (k < 0 || k >= double(len)) return Value::undefined();
  return getIndex(vm, ro, uint64_t(k));
}

// ---------------------------------------------------------------------------------------------
// Iteration methods. forEach 0, map 1, filter 2, some 3, every 4, find 5, findIndex 6,
// findLast 7, findLastIndex 8.

static Value arrayIterate(VM& vm, CallArgs& args) {
  int m = magicOf(args);
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  Rooted fn(vm, callbackArg(vm, args, ""));
  Value thisArg = args[1];
  Rooted out(vm);
  if (m == 1) out = arraySpeciesCreate(vm, ro, len);
  else if (m == 2) out = arraySpeciesCreate(vm, ro, 0);
  uint64_t outN = 0;
  bool reverse = m == 7 || m == 8;
  bool skipHoles = m <= 4;
  for (uint64_t i = 0; i < len; i++) {
    uint64_t k = reverse ? len - 1 - i : i;
    if (skipHoles && !hasIdx(vm, ro, k)) continue;
    Rooted v(vm, getIndex(vm, ro, k));
    Value cb[3] = {v, Value::fromInt64(int64_t(k)), ro};
    Value res = call(vm, fn, thisArg, cb, 3);
    switch (m) {
      case 1: createAt(vm, out, k, res); break;
      case 2: if (toBoolean(res)) createAt(vm, out, outN++, v); break;
      case 3: if (toBoolean(res)) return Value::boolean(true); break;
      case 4: if (!toBoolean(res)) return Value::boolean(false); break;
      case 5: case 7: if (toBoolean(res)) return v; break;
      case 6: case 8: if (toBoolean(res)) return Value::fromInt64(int64_t(k)); break;
      default: break;
    }
  }
  switch (m) {
    case 1: case 2: return out;
    case 3: return Value::boolean(false);
    case 4: return Value::boolean(true);
    case 6: case 8: return Value::integer(-1);
    default: return Value::undefined();
  }
}

// reduce (0) / reduceRight (1).
static Value arrayReduce(VM& vm, CallArgs& args) {
  bool right = magicOf(args) == 1;
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  Rooted fn(vm, callbackArg(vm, args, ""));
  Rooted acc(vm);
  uint64_t i = 0;
  if (args.argc >= 2) {
    acc = args[1];
  } else {
    bool found = false;
    for (; i < len; i++) {
      uint64_t k = right ? len - 1 - i : i;
      if (hasIdx(vm, ro, k)) { acc = getIndex(vm, ro, k); found = true; i++; break; }
    }
    if (!found) throwTypeError(vm, "Reduce of empty array with no initial value");
  }
  for (; i < len; i++) {
    uint64_t k = right ? len - 1 - i : i;
    if (!hasIdx(vm, ro, k)) continue;
    Rooted v(vm, getIndex(vm, ro, k));
    Value cb[4] = {acc, v, Value::fromInt64(int64_t(k)), ro};
    acc = call(vm, fn, Value::undefined(), cb, 4);
  }
  return acc;
}

static uint64_t flattenInto(VM& vm, Value target, Value source, uint64_t sourceLen, uint64_t start,
                            double depth, Value mapper, Value thisArg) {
  uint64_t targetIndex = start;
  for (uint64_t k = 0; k < sourceLen; k++) {
    if (!hasIdx(vm, source, k)) continue;
    Rooted el(vm, getIndex(vm, source, k));
    if (!mapper.isUndefined()) {
      Value cb[3] = {el, Value::fromInt64(int64_t(k)), source};
      el = call(vm, mapper, thisArg, cb, 3);
    }
    if (depth > 0 && isArray(el)) {
      targetIndex = flattenInto(vm, target, el, lengthOfArrayLike(vm, el), targetIndex, depth - 1,
                                Value::undefined(), Value::undefined());
    } else {
      createAt(vm, target, targetIndex++, el);
    }
  }
  return targetIndex;
}

static Value arrayFlat(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  double depth = args[0].isUndefined() ? 1 : toIntegerOrInfinity(vm, args[0]);
  if (depth < 0) depth = 0;
  Rooted out(vm, arraySpeciesCreate(vm, ro, 0));
  flattenInto(vm, out, ro, len, 0, depth, Value::undefined(), Value::undefined());
  return out;
}

static Value arrayFlatMap(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  uint64_t len = lengthOfArrayLike(vm, ro);
  Rooted fn(vm, callbackArg(vm, args, "flatMap"));
  Rooted out(vm, arraySpeciesCreate(vm, ro, 0));
  flattenInto(vm, out, ro, len, 0, 1, fn, args[1]);
  return out;
}

// keys (0) / values (1) / entries (2).
static Value arrayIteratorMethod(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  return newArrayIterator(vm, Value::cell(o), magicOf(args));
}

static Value arrayIteratorNext(VM& vm, CallArgs& args) {
  if (!hasClassTag(args.thisValue, ClassTag::ArrayIterator))
    throwTypeError(vm, "next method called on incompatible receiver " + describeForError(vm, args.thisValue));
  InternalObject* it = static_cast<InternalObject*>(args.thisValue.asCell());
  Rooted rit(vm, args.thisValue);
  Value target = it->internal[0];
  if (target.isUndefined()) return createIterResult(vm, Value::undefined(), true);
  Rooted rt(vm, target);
  int64_t i = int64_t(it->internal[1].toDouble());
  uint64_t len = lengthOfArrayLike(vm, target);
  it = static_cast<InternalObject*>(rit.get().asCell());
  if (uint64_t(i) >= len) {
    it->internal[0] = Value::undefined();
    return createIterResult(vm, Value::undefined(), true);
  }
  it->internal[1] = Value::fromInt64(i + 1);
  int kind = it->internal[2].asInt();
  if (kind == 0) return createIterResult(vm, Value::fromInt64(i), false);
  Rooted v(vm, getIndex(vm, rt, uint64_t(i)));
  if (kind == 1) return createIterResult(vm, v, false);
  Value pair[2] = {Value::fromInt64(i), v};
  Rooted arr(vm, Value::cell(createArrayFromList(vm, pair, 2)));
  return createIterResult(vm, arr, false);
}

void installArrayBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.arrayPrototype;
  NativeFunction* ctor = defineConstructor(vm, "Array", arrayConstructor, 1, proto);
  r.arrayConstructor = ctor;
  defineNativeMethod(vm, ctor, "isArray", arrayIsArray, 1);
  defineNativeMethod(vm, ctor, "of", arrayOf, 0);
  defineNativeMethod(vm, ctor, "from", arrayFrom, 1);
  defineNativeAccessor(vm, ctor, r.symbols.species, speciesGetter, nullptr, kConfigurable);

  struct M { const char* name; NativeFn fn; uint32_t len; int32_t magic; };
  const M methods[] = {
      {"at", arrayAt, 1, 0},
      {"concat", arrayConcat, 1, 0},
      {"copyWithin", arrayCopyWithin, 2, 0},
      {"fill", arrayFill, 1, 0},
      {"find", arrayIterate, 1, 5},
      {"findIndex", arrayIterate, 1, 6},
      {"findLast", arrayIterate, 1, 7},
      {"findLastIndex", arrayIterate, 1, 8},
      {"lastIndexOf", arraySearch, 1, 1},
      {"pop", arrayPop, 0, 0},
      {"push", arrayPush, 1, 0},
      {"reverse", arrayReverse, 0, 0},
      {"shift", arrayShift, 0, 0},
      {"unshift", arrayUnshift, 1, 0},
      {"slice", arraySlice, 2, 0},
      {"sort", arraySort, 1, 0},
      {"splice", arraySplice, 2, 0},
      {"includes", arraySearch, 1, 2},
      {"indexOf", arraySearch, 1, 0},
      {"join", arrayJoin, 1, 0},
      {"keys", arrayIteratorMethod, 0, 0},
      {"entries", arrayIteratorMethod, 0, 2},
      {"forEach", arrayIterate, 1, 0},
      {"filter", arrayIterate, 1, 2},
      {"flat", arrayFlat, 0, 0},
      {"flatMap", arrayFlatMap, 1, 0},
      {"map", arrayIterate, 1, 1},
      {"every", arrayIterate, 1, 4},
      {"some", arrayIterate, 1, 3},
      {"reduce", arrayReduce, 1, 0},
      {"reduceRight", arrayReduce, 1, 1},
      {"toLocaleString", arrayToLocaleString, 0, 0},
      {"toString", arrayToString, 0, 0},
      {"toReversed", arrayToReversed, 0, 0},
      {"toSorted", arrayToSorted, 1, 0},
      {"toSpliced", arrayToSpliced, 2, 0},
      {"with", arrayWith, 2, 0},
  };
  for (const M& m : methods) defineNativeMethod(vm, proto, m.name, m.fn, m.len, m.magic);
  NativeFunction* values = defineNativeMethod(vm, proto, "values", arrayIteratorMethod, 0, 1);
  r.arrayProtoValues = Value::cell(values);
  defineValue(vm, proto, r.symbols.iterator, Value::cell(values));

  NativeFunction* next = defineNativeMethod(vm, r.arrayIteratorPrototype, "next", arrayIteratorNext, 0);
  r.arrayIteratorNext = Value::cell(next);
  defineValue(vm, r.arrayIteratorPrototype, r.symbols.toStringTag, Value::cell(vm.intern("Array Iterator")), kConfigurable);
}

}  // namespace dualvm::js
