// runtime/python/modules/array.cpp — the native `array` module (CPython's Modules/arraymodule.c):
// array.array(typecode[, initializer]) for the typecodes b B u h H i I l L q Q f d, stored as the
// raw machine items (so tobytes/frombytes/buffer_info and item sizes are CPython's), with
// indexing and slicing (slice assignment from arrays of the same kind), the sequence operators,
// comparisons, iteration, and the list-like methods (append, extend, insert, pop, remove, index,
// count, reverse, tolist/fromlist, tobytes/frombytes, tounicode/fromunicode, byteswap,
// buffer_info, __copy__/__deepcopy__). Errors carry CPython's messages.
// (pyclassic: raytrace and scimark of the classic benchmark programs import it.)
#include <gmp.h>
#include <algorithm>
#include <cstring>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagArray = 0x5106 };
enum : int { kArrayIter = 0x41 };

const char kTypecodes[] = "bBuhHiIlLqQfd";

size_t itemSize(char code) {
  switch (code) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'u': return sizeof(wchar_t);
    default: return 8;  // l L q Q d
  }
}

class ArrayObj final : public Object {
 public:
  ArrayObj(Shape* s, Object* type, char code) : Object(s, type, CellKind::ObjectOther), code(code), size(itemSize(code)) {
    setClassTag(kTagArray);
  }
  char code;
  size_t size;
  std::string data;  // the items, native byte order
  int64_t exports = 0;
  size_t length() const { return data.size() / size; }
  size_t memoryBytes() const override { return sizeof(ArrayObj) + data.capacity(); }
};

bool isArrayObj(Value v) { return isObject(v) && asObject(v)->classTag() == kTagArray; }
ArrayObj* asArrayObj(Value v) { return static_cast<ArrayObj*>(asObject(v)); }

struct ArrayTypes { PyType* array = nullptr; PyType* iter = nullptr; };
std::unordered_map<PyLanguage*, ArrayTypes> arrayTypes;

ArrayObj* selfArray(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isArrayObj(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'array.array' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asArrayObj(a.thisValue);
}

ArrayObj* newArray(VM& vm, PyType* type, char code) {
  return vm.heap.make<ArrayObj>(vm.emptyShape(), type, code);
}

// ---- items <-> Values ----

template <class T> T load(const ArrayObj* a, size_t i) { T x; std::memcpy(&x, a->data.data() + i * sizeof(T), sizeof(T)); return x; }
template <class T> void store(ArrayObj* a, size_t i, T x) { std::memcpy(a->data.data() + i * sizeof(T), &x, sizeof(T)); }

Value getItem(VM& vm, const ArrayObj* a, size_t i) {
  switch (a->code) {
    case 'b': return Value::integer(load<int8_t>(a, i));
    case 'B': return Value::integer(load<uint8_t>(a, i));
    case 'h': return Value::integer(load<int16_t>(a, i));
    case 'H': return Value::integer(load<uint16_t>(a, i));
    case 'i': return Value::integer(load<int32_t>(a, i));
    case 'I': return bigint::fromInt64(vm.heap, load<uint32_t>(a, i));
    case 'l': case 'q': return bigint::fromInt64(vm.heap, load<int64_t>(a, i));
    case 'L': case 'Q': return bigint::fromUint64(vm.heap, load<uint64_t>(a, i));
    case 'f': return Value::number(double(load<float>(a, i)));
    case 'd': return Value::number(load<double>(a, i));
    case 'u': { std::u32string s(1, char32_t(load<wchar_t>(a, i))); return L.newStrCp(s); }
  }
  return Value::null();
}

// An integer item as CPython's converters check it (b/h/i via C long then a range check; I/L
// via unsigned long; q/Q via long long), with their OverflowError messages.
void storeInt(VM& vm, ArrayObj* a, size_t i, Value v) {
  if (v.isBool()) v = Value::integer(v.asBool());
  mpz_t z;
  mpz_init(z);
  bigint::toMpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  bool fitsLong = mpz_fits_slong_p(z), fitsULong = !neg && mpz_fits_ulong_p(z);
  long sl = fitsLong ? mpz_get_si(z) : 0;
  unsigned long ul = fitsULong ? mpz_get_ui(z) : 0;
  mpz_clear(z);
  auto signedRange = [&](long lo, long hi, const char* what) {
    if (!fitsLong) L.raise(L.t.OverflowError, "Python int too large to convert to C long");
    if (sl < lo) L.raise(L.t.OverflowError, std::string(what) + " is less than minimum");
    if (sl > hi) L.raise(L.t.OverflowError, std::string(what) + " is greater than maximum");
  };
  switch (a->code) {
    case 'b': signedRange(-128, 127, "signed char"); store<int8_t>(a, i, int8_t(sl)); return;
    case 'B': signedRange(0, 255, "unsigned byte integer"); store<uint8_t>(a, i, uint8_t(sl)); return;
    case 'h': signedRange(-32768, 32767, "signed short integer"); store<int16_t>(a, i, int16_t(sl)); return;
    case 'H': signedRange(0, 65535, "unsigned short"); store<uint16_t>(a, i, uint16_t(sl)); return;
    case 'i': signedRange(INT32_MIN, INT32_MAX, "signed integer"); store<int32_t>(a, i, int32_t(sl)); return;
    case 'l': signedRange(LONG_MIN, LONG_MAX, "signed long"); store<int64_t>(a, i, int64_t(sl)); return;
    case 'q':
      if (!fitsLong) L.raise(L.t.OverflowError, "int too big to convert");
      store<int64_t>(a, i, int64_t(sl));
      return;
    case 'I': case 'L':
      if (neg) L.raise(L.t.OverflowError, "can't convert negative value to unsigned int");
      if (!fitsULong) L.raise(L.t.OverflowError, "Python int too large to convert to C unsigned long");
      if (a->code == 'I') {
        if (ul > UINT32_MAX) L.raise(L.t.OverflowError, "unsigned int is greater than maximum");
        store<uint32_t>(a, i, uint32_t(ul));
      } else {
        store<uint64_t>(a, i, uint64_t(ul));
      }
      return;
    case 'Q':
      if (neg) L.raise(L.t.OverflowError, "can't convert negative int to unsigned");
      if (!fitsULong) L.raise(L.t.OverflowError, "int too big to convert");
      store<uint64_t>(a, i, uint64_t(ul));
      return;
  }
}

void setItem(VM& vm, ArrayObj* a, size_t i, Value v) {
  switch (a->code) {
    case 'f': case 'd': {
      if (!isInteger(v) && !v.isBool() && !v.isDouble()) {
        bool found = false;
        Rooted rv(vm, v);
        Value f = L.callDunder(v, "__float__", nullptr, 0, &found);
        if (!found) {
          Value ix = L.callDunder(rv, "__index__", nullptr, 0, &found);
          if (!found) L.raise(L.t.TypeError, "must be real number, not " + L.typeName(rv));
          f = Value::number(L.toFloat(ix));
        }
        v = f;
      }
      double d = L.toFloat(v);
      if (a->code == 'f') store<float>(a, i, float(d)); else store<double>(a, i, d);
      return;
    }
    case 'u': {
      if (!isString(v) || asString(v)->toCodePoints().size() != 1)
        L.raise(L.t.TypeError, "array item must be unicode character");
      store<wchar_t>(a, i, wchar_t(asString(v)->toCodePoints()[0]));
      return;
    }
    default: {
      if (!isInteger(v) && !v.isBool()) {
        if (v.isDouble() || isString(v) || v.isNullish()) L.raise(L.t.TypeError, "'" + L.typeName(v) + "' object cannot be interpreted as an integer");
        bool found = false;
        Rooted rv(vm, v);
        Value ix = L.callDunder(v, "__index__", nullptr, 0, &found);
        if (!found) L.raise(L.t.TypeError, "'" + L.typeName(rv) + "' object cannot be interpreted as an integer");
        v = ix;
      }
      storeInt(vm, a, i, v);
    }
  }
}

// Appends one Python value (validated first, so a bad item leaves the array unchanged).
void appendValue(VM& vm, ArrayObj* a, Value v) {
  size_t n = a->length();
  a->data.resize((n + 1) * a->size);
  try {
    setItem(vm, a, n, v);
  } catch (...) {
    a->data.resize(n * a->size);
    throw;
  }
}

void extendIterable(VM& vm, Value arr, Value iterable) {
  Rooted ra(vm, arr);
  RootedVector items(vm);
  L.collect(iterable, items);
  for (size_t k = 0; k < items.size(); k++) appendValue(vm, asArrayObj(ra), items[k]);
}

void frombytes(VM& vm, ArrayObj* a, const std::string& bytes) {
  if (bytes.size() % a->size) L.raise(L.t.ValueError, "bytes length not a multiple of item size");
  a->data += bytes;
}

bool bytesOf(PyLanguage& P, Value v, std::string& out) {
  if (isBytesLike(v)) { out = asBytes(v)->data; return true; }
  if (isMemoryView(v)) { out = memoryviewData(P, v); return true; }
  if (isArrayObj(v)) { out = asArrayObj(v)->data; return true; }
  return false;
}

int64_t normIndex(VM& vm, ArrayObj* a, Value key, const char* msg) {
  if (!isInteger(key) && !key.isBool()) {
    bool found = false;
    Value ix = L.callDunder(key, "__index__", nullptr, 0, &found);
    if (!found) L.raise(L.t.TypeError, "array indices must be integers");
    key = ix;
  }
  int64_t i = L.toIndex(key);
  int64_t n = int64_t(a->length());
  if (i < 0) i += n;
  if (i < 0 || i >= n) L.raise(L.t.IndexError, msg);
  return i;
}

bool isSlice(Value v) { return isObject(v) && asObject(v)->classTag() == kTagSlice; }

int64_t sliceLength(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return stop > start ? (stop - start + step - 1) / step : 0;
  return start > stop ? (start - stop - step - 1) / -step : 0;
}

// ---- the type ----

Value arrayNew(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  if (!isType(a[0])) L.raise(L.t.TypeError, "array.__new__(X): X is not a type object");
  Rooted cls(vm, a[0]);
  if (a.argc < 2) L.raise(L.t.TypeError, "array() takes at least 1 argument (0 given)");
  if (a.argc > 3) L.raise(L.t.TypeError, "array() takes at most 2 arguments (" + std::to_string(a.argc - 1) + " given)");
  Value tc = a[1];
  if (!isString(tc) || asString(tc)->toCodePoints().size() != 1)
    L.raise(L.t.TypeError, "array() argument 1 must be a unicode character, not " + L.typeName(tc));
  char32_t c = asString(tc)->toCodePoints()[0];
  if (c > 127 || !std::strchr(kTypecodes, char(c)) || c == 0)
    L.raise(L.t.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  Rooted init(vm, a.argc > 2 ? a[2] : Value::undefined());
  Rooted res(vm, Value::cell(newArray(vm, asType(cls), char(c))));
  ArrayObj* arr = asArrayObj(res);
  if (init.get().isUndefined()) return res;
  if (isString(init)) {
    if (c != 'u') L.raise(L.t.TypeError, std::string("cannot use a str to initialize an array with typecode '") + char(c) + "'");
    for (char32_t cp : asString(init)->toCodePoints()) {
      size_t n = arr->length();
      arr->data.resize((n + 1) * arr->size);
      store<wchar_t>(arr, n, wchar_t(cp));
    }
    return res;
  }
  if (isArrayObj(init) && asArrayObj(init)->code == 'u' && c != 'u')
    L.raise(L.t.TypeError, std::string("cannot use a unicode array to initialize an array with typecode '") + char(c) + "'");
  std::string bytes;
  if (!isArrayObj(init) && bytesOf(L, init, bytes)) { frombytes(vm, arr, bytes); return res; }
  extendIterable(vm, res, init);
  return res;
}

Value arrayTypecode(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "typecode");
  return L.newStr(std::string(1, s->code));
}
Value arrayItemsize(VM& vm, CallArgs& a) { return Value::integer(int32_t(selfArray(vm, a, "itemsize")->size)); }

Value arrayLen(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, int64_t(selfArray(vm, a, "__len__")->length())); }

Value arrayGetitem(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__getitem__");
  Rooted self(vm, a.thisValue), key(vm, a[0]);
  if (isSlice(key)) {
    int64_t start, stop, step;
    L.sliceIndices(static_cast<PyBox*>(asObject(key)), int64_t(s->length()), &start, &stop, &step);
    int64_t n = sliceLength(start, stop, step);
    ArrayObj* r = newArray(vm, static_cast<PyType*>(arrayTypes[&L].array), s->code);
    s = asArrayObj(self);
    if (step == 1) {
      r->data.assign(s->data, size_t(start) * s->size, size_t(n) * s->size);
    } else {
      r->data.resize(size_t(n) * s->size);
      for (int64_t k = 0, i = start; k < n; k++, i += step)
        std::memcpy(r->data.data() + size_t(k) * s->size, s->data.data() + size_t(i) * s->size, s->size);
    }
    return Value::cell(r);
  }
  int64_t i = normIndex(vm, s, key, "array index out of range");
  return getItem(vm, asArrayObj(self), size_t(i));
}

Value arraySetitem(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__setitem__");
  Rooted self(vm, a.thisValue), key(vm, a[0]), val(vm, a[1]);
  if (isSlice(key)) {
    if (!isArrayObj(val)) L.raise(L.t.TypeError, "can only assign array (not \"" + L.typeName(val) + "\") to array slice");
    ArrayObj* src = asArrayObj(val);
    if (src->code != s->code) L.raise(L.t.TypeError, "bad argument type for built-in operation");
    std::string bytes = src->data;  // a copy: a[:] = a
    int64_t start, stop, step;
    L.sliceIndices(static_cast<PyBox*>(asObject(key)), int64_t(s->length()), &start, &stop, &step);
    int64_t n = sliceLength(start, stop, step);
    int64_t m = int64_t(bytes.size() / s->size);
    if (step == 1) {
      if (stop < start) stop = start;
      s->data.replace(size_t(start) * s->size, size_t(stop - start) * s->size, bytes);
      return Value::null();
    }
    if (m != n)
      L.raise(L.t.ValueError, "attempt to assign array of size " + std::to_string(m) + " to extended slice of size " + std::to_string(n));
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      std::memcpy(s->data.data() + size_t(i) * s->size, bytes.data() + size_t(k) * s->size, s->size);
    return Value::null();
  }
  int64_t i = normIndex(vm, s, key, "array assignment index out of range");
  setItem(vm, asArrayObj(self), size_t(i), val);
  return Value::null();
}

Value arrayDelitem(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__delitem__");
  Value key = a[0];
  if (isSlice(key)) {
    int64_t start, stop, step;
    L.sliceIndices(static_cast<PyBox*>(asObject(key)), int64_t(s->length()), &start, &stop, &step);
    int64_t n = sliceLength(start, stop, step);
    if (n == 0) return Value::null();
    if (step < 0) { start = start + (n - 1) * step; step = -step; }
    std::string out;
    size_t len = s->length();
    for (size_t i = 0; i < len; i++) {
      bool del = int64_t(i) >= start && (int64_t(i) - start) % step == 0 && (int64_t(i) - start) / step < n;
      if (!del) out.append(s->data, i * s->size, s->size);
    }
    s->data = std::move(out);
    return Value::null();
  }
  int64_t i = normIndex(vm, s, key, "array assignment index out of range");
  s->data.erase(size_t(i) * s->size, s->size);
  return Value::null();
}

// Index of the first item equal to x in [lo, hi), or -1.
int64_t findItem(VM& vm, Value self, Value x, int64_t lo, int64_t hi) {
  Rooted rs(vm, self), rx(vm, x);
  for (int64_t i = lo; i < hi && i < int64_t(asArrayObj(rs)->length()); i++) {
    Value item = getItem(vm, asArrayObj(rs), size_t(i));
    if (L.eq(item, rx)) return i;
  }
  return -1;
}

Value arrayContains(VM& vm, CallArgs& a) {
  selfArray(vm, a, "__contains__");
  return Value::boolean(findItem(vm, a.thisValue, a[0], 0, INT64_MAX) >= 0);
}

Value arrayCount(VM& vm, CallArgs& a) {
  selfArray(vm, a, "count");
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  int64_t n = 0;
  for (size_t i = 0; i < asArrayObj(self)->length(); i++)
    if (L.eq(getItem(vm, asArrayObj(self), i), x)) n++;
  return bigint::fromInt64(vm.heap, n);
}

Value arrayIndex(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "index");
  int64_t len = int64_t(s->length());
  auto bound = [&](uint32_t k, int64_t dflt) {
    if (a.argc <= k) return dflt;
    int64_t i = L.toIndex(a[k]);
    if (i < 0) { i += len; if (i < 0) i = 0; }
    return std::min(i, len);
  };
  int64_t lo = bound(1, 0), hi = bound(2, len);
  int64_t i = findItem(vm, a.thisValue, a[0], lo, hi);
  if (i < 0) L.raise(L.t.ValueError, "array.index(x): x not in array");
  return bigint::fromInt64(vm.heap, i);
}

Value arrayRemove(VM& vm, CallArgs& a) {
  selfArray(vm, a, "remove");
  Rooted self(vm, a.thisValue);
  int64_t i = findItem(vm, self, a[0], 0, INT64_MAX);
  if (i < 0) L.raise(L.t.ValueError, "array.remove(x): x not in array");
  ArrayObj* s = asArrayObj(self);
  s->data.erase(size_t(i) * s->size, s->size);
  return Value::null();
}

Value arrayAppend(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "append");
  if (a.argc != 1) L.raise(L.t.TypeError, "array.append() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  appendValue(vm, s, a[0]);
  return Value::null();
}

Value arrayExtend(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "extend");
  Value src = a[0];
  if (isArrayObj(src)) {
    if (asArrayObj(src)->code != s->code) L.raise(L.t.TypeError, "can only extend with array of same kind");
    s->data += std::string(asArrayObj(src)->data);
    return Value::null();
  }
  extendIterable(vm, a.thisValue, src);
  return Value::null();
}

Value arrayInsert(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "insert");
  Rooted self(vm, a.thisValue), v(vm, a[1]);
  int64_t n = int64_t(s->length());
  int64_t i = L.toIndex(a[0]);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  appendValue(vm, asArrayObj(self), v);  // validates and converts at the end, then moves it
  s = asArrayObj(self);
  std::string item = s->data.substr(size_t(n) * s->size);
  s->data.resize(size_t(n) * s->size);
  s->data.insert(size_t(i) * s->size, item);
  return Value::null();
}

Value arrayPop(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "pop");
  Rooted self(vm, a.thisValue);
  int64_t n = int64_t(s->length());
  int64_t i = a.argc ? L.toIndex(a[0]) : -1;
  if (n == 0) L.raise(L.t.IndexError, "pop from empty array");
  if (i < 0) i += n;
  if (i < 0 || i >= n) L.raise(L.t.IndexError, "pop index out of range");
  Rooted v(vm, getItem(vm, asArrayObj(self), size_t(i)));
  s = asArrayObj(self);
  s->data.erase(size_t(i) * s->size, s->size);
  return v;
}

Value arrayReverse(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "reverse");
  size_t n = s->length();
  for (size_t i = 0; i < n / 2; i++)
    std::swap_ranges(s->data.begin() + long(i * s->size), s->data.begin() + long((i + 1) * s->size),
                     s->data.begin() + long((n - 1 - i) * s->size));
  return Value::null();
}

Value arrayByteswap(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "byteswap");
  for (size_t i = 0; i < s->length(); i++) std::reverse(s->data.begin() + long(i * s->size), s->data.begin() + long((i + 1) * s->size));
  return Value::null();
}

Value arrayTolist(VM& vm, CallArgs& a) {
  selfArray(vm, a, "tolist");
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  for (size_t i = 0; i < asArrayObj(self)->length(); i++) items.push(getItem(vm, asArrayObj(self), i));
  return L.newList(items.data(), items.size());
}

Value arrayFromlist(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "fromlist");
  Value lst = a[0];
  if (!isObject(lst) || asObject(lst)->classTag() != kTagList) L.raise(L.t.TypeError, "arg must be list");
  Rooted self(vm, a.thisValue);
  size_t before = s->data.size();
  try {
    extendIterable(vm, self, lst);
  } catch (...) {
    asArrayObj(self)->data.resize(before);
    throw;
  }
  return Value::null();
}

Value arrayTobytes(VM& vm, CallArgs& a) { return newBytes(L, selfArray(vm, a, "tobytes")->data); }

Value arrayFrombytes(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "frombytes");
  std::string bytes;
  if (!bytesOf(L, a[0], bytes)) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(a[0]) + "'");
  frombytes(vm, s, bytes);
  return Value::null();
}

Value arrayTounicode(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "tounicode");
  if (s->code != 'u') L.raise(L.t.ValueError, "tounicode() may only be called on unicode type arrays");
  std::u32string out;
  for (size_t i = 0; i < s->length(); i++) out += char32_t(load<wchar_t>(s, i));
  return L.newStrCp(out);
}

Value arrayFromunicode(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "fromunicode");
  if (!isString(a[0])) L.raise(L.t.TypeError, "fromunicode() argument must be str, not " + L.typeName(a[0]));
  if (s->code != 'u') L.raise(L.t.ValueError, "fromunicode() may only be called on unicode type arrays");
  for (char32_t cp : asString(a[0])->toCodePoints()) {
    size_t n = s->length();
    s->data.resize((n + 1) * s->size);
    store<wchar_t>(s, n, wchar_t(cp));
  }
  return Value::null();
}

Value arrayBufferInfo(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "buffer_info");
  Value f[2] = {bigint::fromUint64(vm.heap, uint64_t(uintptr_t(s->data.data()))), bigint::fromInt64(vm.heap, int64_t(s->length()))};
  Rooted r0(vm, f[0]);
  return L.newTuple(f, 2);
}

Value arrayCopy(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__copy__");
  Rooted self(vm, a.thisValue);
  ArrayObj* r = newArray(vm, arrayTypes[&L].array, s->code);
  r->data = asArrayObj(self)->data;
  return Value::cell(r);
}

Value arrayReduceEx(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__reduce_ex__");
  Rooted self(vm, a.thisValue);
  Rooted code(vm, L.newStr(std::string(1, s->code)));
  CallArgs none{};
  none.thisValue = self;
  Rooted lst(vm, arrayTolist(vm, none));
  Value args[2] = {code, lst};
  Rooted targs(vm, L.newTuple(args, 2));
  Rooted cls(vm, Value::cell(asObject(self)->proto()));
  Value out[3] = {cls, targs, Value::null()};
  return L.newTuple(out, 3);
}

Value arrayRepr(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__repr__");
  Rooted self(vm, a.thisValue);
  std::string name = L.typeName(self);
  std::string r = name + "('" + std::string(1, s->code) + "'";
  if (s->length() == 0) return L.newStr(r + ")");
  if (s->code == 'u') {
    CallArgs c{};
    c.thisValue = self;
    Rooted u(vm, arrayTounicode(vm, c));
    return L.newStr(r + ", " + L.repr(u) + ")");
  }
  r += ", [";
  for (size_t i = 0; i < asArrayObj(self)->length(); i++) {
    if (i) r += ", ";
    r += L.repr(getItem(vm, asArrayObj(self), i));
  }
  return L.newStr(r + "])");
}

Value arrayConcat(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__add__");
  bool inplace = nativeMagic(a) == 1;
  Rooted self(vm, a.thisValue), other(vm, a[0]);
  if (!isArrayObj(other)) {
    if (inplace) L.raise(L.t.TypeError, "can only extend array with array (not \"" + L.typeName(other) + "\")");
    L.raise(L.t.TypeError, "can only append array (not \"" + L.typeName(other) + "\") to array");
  }
  if (asArrayObj(other)->code != s->code) L.raise(L.t.TypeError, "bad argument type for built-in operation");
  if (inplace) {
    s->data += std::string(asArrayObj(other)->data);
    return self;
  }
  ArrayObj* r = newArray(vm, arrayTypes[&L].array, s->code);
  r->data = asArrayObj(self)->data + asArrayObj(other)->data;
  return Value::cell(r);
}

Value arrayRepeat(VM& vm, CallArgs& a) {
  ArrayObj* s = selfArray(vm, a, "__mul__");
  bool inplace = nativeMagic(a) == 1;
  Rooted self(vm, a.thisValue);
  Value nv = a[0];
  if (!isInteger(nv) && !nv.isBool()) {
    bool found = false;
    Value ix = L.callDunder(nv, "__index__", nullptr, 0, &found);
    if (!found) return L.notImplemented;
    nv = ix;
  }
  int64_t n = L.toIndex(nv);
  if (n < 0) n = 0;
  s = asArrayObj(self);
  if (n > 0 && s->data.size() > size_t(INT64_MAX / 2) / size_t(n)) L.raise(L.t.MemoryError, "");
  std::string out;
  out.reserve(s->data.size() * size_t(n));
  for (int64_t k = 0; k < n; k++) out += s->data;
  if (inplace) { s->data = std::move(out); return self; }
  ArrayObj* r = newArray(vm, arrayTypes[&L].array, s->code);
  r->data = std::move(out);
  return Value::cell(r);
}

// Comparisons: item by item as Python values (NaN != NaN), then by length, as CPython.
Value arrayCompare(VM& vm, CallArgs& a) {
  selfArray(vm, a, "__eq__");
  CompareOp op = CompareOp(nativeMagic(a));
  Rooted self(vm, a.thisValue), other(vm, a[0]);
  if (!isArrayObj(other)) return L.notImplemented;
  size_t na = asArrayObj(self)->length(), nb = asArrayObj(other)->length();
  if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne)) return Value::boolean(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    Rooted x(vm, getItem(vm, asArrayObj(self), i));
    Rooted y(vm, getItem(vm, asArrayObj(other), i));
    if (!L.eq(x, y)) {
      if (op == CompareOp::Eq) return Value::boolean(false);
      if (op == CompareOp::Ne) return Value::boolean(true);
      return Value::boolean(L.truthy(vm, L.compare(vm, op, x, y)));
    }
  }
  int64_t d = int64_t(na) - int64_t(nb);
  switch (op) {
    case CompareOp::Eq: return Value::boolean(d == 0);
    case CompareOp::Ne: return Value::boolean(d != 0);
    case CompareOp::Lt: return Value::boolean(d < 0);
    case CompareOp::Le: return Value::boolean(d <= 0);
    case CompareOp::Gt: return Value::boolean(d > 0);
    case CompareOp::Ge: return Value::boolean(d >= 0);
    default: return L.notImplemented;
  }
}

Value arrayIter(VM& vm, CallArgs& a) {
  selfArray(vm, a, "__iter__");
  Rooted self(vm, a.thisValue);
  NativeState* it = newState(L, arrayTypes[&L].iter, kArrayIter, 1, 1);
  it->set(0, self);
  return Value::cell(it);
}

Value arrayIterNext(VM& vm, CallArgs& a) {
  NativeState* it = selfState(L, a, kArrayIter, "__next__", "arrayiterator");
  if (it->v[0].isNull()) stopIteration(L);
  ArrayObj* s = asArrayObj(it->v[0]);
  int64_t i = it->n[0];
  if (i >= int64_t(s->length())) { it->set(0, Value::null()); stopIteration(L); }
  it->n[0]++;
  return getItem(vm, s, size_t(i));
}

Value arrayIterSelf(VM&, CallArgs& a) { takeSelf(a); return a.thisValue; }

}  // namespace

void initArray(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, "array", "array");
  Rooted rty(vm, Value::cell(ty));
  PyType* it = newNativeType(P, "arrayiterator", "array");
  Rooted rit(vm, Value::cell(it));
  arrayTypes[&P] = ArrayTypes{ty, it};
  P.defNative(ty, "__new__", arrayNew);
  defGetter(P, ty, "typecode", arrayTypecode);
  defGetter(P, ty, "itemsize", arrayItemsize);
  P.defNative(ty, "__len__", arrayLen);
  P.defNative(ty, "__getitem__", arrayGetitem);
  P.defNative(ty, "__setitem__", arraySetitem);
  P.defNative(ty, "__delitem__", arrayDelitem);
  P.defNative(ty, "__contains__", arrayContains);
  P.defNative(ty, "__iter__", arrayIter);
  P.defNative(ty, "__repr__", arrayRepr);
  P.defNative(ty, "__add__", arrayConcat, 0);
  P.defNative(ty, "__iadd__", arrayConcat, 1);
  P.defNative(ty, "__mul__", arrayRepeat, 0);
  P.defNative(ty, "__rmul__", arrayRepeat, 0);
  P.defNative(ty, "__imul__", arrayRepeat, 1);
  const struct { const char* name; CompareOp op; } cmps[] = {
      {"__eq__", CompareOp::Eq}, {"__ne__", CompareOp::Ne}, {"__lt__", CompareOp::Lt},
      {"__le__", CompareOp::Le}, {"__gt__", CompareOp::Gt}, {"__ge__", CompareOp::Ge}};
  for (auto& c : cmps) P.defNative(ty, c.name, arrayCompare, int(c.op));
  ty->putDirect(vm, P.s("__hash__"), Value::null());
  P.defNative(ty, "append", arrayAppend);
  P.defNative(ty, "extend", arrayExtend);
  P.defNative(ty, "insert", arrayInsert);
  P.defNative(ty, "pop", arrayPop);
  P.defNative(ty, "remove", arrayRemove);
  P.defNative(ty, "index", arrayIndex);
  P.defNative(ty, "count", arrayCount);
  P.defNative(ty, "reverse", arrayReverse);
  P.defNative(ty, "byteswap", arrayByteswap);
  P.defNative(ty, "tolist", arrayTolist);
  P.defNative(ty, "fromlist", arrayFromlist);
  P.defNative(ty, "tobytes", arrayTobytes);
  P.defNative(ty, "frombytes", arrayFrombytes);
  P.defNative(ty, "tounicode", arrayTounicode);
  P.defNative(ty, "fromunicode", arrayFromunicode);
  P.defNative(ty, "buffer_info", arrayBufferInfo);
  P.defNative(ty, "__copy__", arrayCopy);
  P.defNative(ty, "__deepcopy__", arrayCopy);
  P.defNative(ty, "__reduce_ex__", arrayReduceEx);
  P.defNative(it, "__iter__", arrayIterSelf);
  P.defNative(it, "__next__", arrayIterNext);
  m->putDirect(vm, P.s("array"), rty);
  m->putDirect(vm, P.s("ArrayType"), rty);
  m->putDirect(vm, P.s("typecodes"), P.newStr(kTypecodes));
}

}  // namespace dualvm::py
