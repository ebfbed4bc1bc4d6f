// runtime/python/containers.cpp — the hooks through which PyLanguage's generic paths (repr, hash,
// len, truthiness, operators, comparisons, subscripts, `in`, iteration) reach the container types
// of containers.h, and installContainers (the types, their iterator types, their methods).
// Also repr of list/tuple/dict with CPython's recursion markers ([...], {...}).
#include <algorithm>
#include "runtime/python/containers.h"

namespace dualvm::py {

// defined in the per-type files
Value setCompare(PyLanguage& P, CompareOp op, Value a, Value b);
Value setBinary(PyLanguage& P, BinaryOp op, Value a, Value b);
Value setInplace(PyLanguage& P, BinaryOp op, Value a, Value b);
std::string setRepr(PyLanguage& P, Value v);
int64_t frozensetHash(PyLanguage& P, Value v);
std::string bytesRepr(PyLanguage& P, Value v);
Value bytesBinary(PyLanguage& P, BinaryOp op, Value a, Value b);
Value setIterNext(PyLanguage& P, PyIter* it, bool* done);
int64_t setIterRemaining(PyIter* it);
Value bytesInplace(PyLanguage& P, BinaryOp op, Value a, Value b);
int bytesCompare(Value a, Value b);
Value memoryviewGetItem(PyLanguage& P, Value mv, Value key);
void memoryviewSetItem(PyLanguage& P, Value mv, Value key, Value v);
Value rangeGetItem(PyLanguage& P, Value obj, Value key);
bool rangeEq(PyLanguage& P, PyBox* x, PyBox* y);
void dictUpdateFrom(PyLanguage& P, Value dict, Value src);

#define L (lang(vm))

Value kwArg(PyLanguage& P, const char* name) {
  for (size_t i = 0; i < P.kwNames.size(); i++)
    if (P.kwNames[i]->toUtf8() == name) return P.kwValues[i];
  return Value::empty();
}
void consumeKw(PyLanguage& P, const char* fn, std::initializer_list<const char*> allowed) {
  for (String* n : P.kwNames) {
    bool ok = false;
    for (const char* x : allowed) if (n->toUtf8() == x) ok = true;
    if (!ok) P.raise(P.t.TypeError, std::string(fn) + "() got an unexpected keyword argument '" + n->toUtf8() + "'");
  }
  P.kwNames.clear();
  P.kwValues.clear();
}

// iterator types, by what they iterate
static PyType *setIterType, *dictKeyIterType, *dictValueIterType, *dictItemIterType, *bytesIterType, *bytearrayIterType,
    *listIterType, *tupleIterType, *strIterType, *strAsciiIterType, *rangeIterType, *listRevIterType, *reversedType,
    *dictRevKeyIterType, *dictRevValueIterType, *dictRevItemIterType, *callableIterType, *longRangeIterType;

static Value makeIter(PyLanguage& P, PyType* type, PyIter::Kind kind, Value source) {
  VM& vm = P.vm;
  Rooted rs(vm, source);
  PyIter* it = vm.heap.make<PyIter>(vm.emptyShape(), type);
  it->kind = kind;
  it->source = rs;
  return Value::cell(it);
}

// A dict iterator remembers the size (stop = size + 1: "changed size") and counts the entries it
// still expects (step: one more is "keys changed"), as CPython's di_used and len.
static Value dictIter(PyLanguage& P, PyType* type, PyIter::Kind kind, Value dict) {
  Value it = makeIter(P, type, kind, dict);
  PyIter* pi = static_cast<PyIter*>(asObject(it));
  pi->stop = int64_t(asDict(pi->source)->live) + 1;
  pi->step = int64_t(asDict(pi->source)->live);
  return it;
}

Value containerIter(PyLanguage& P, Value v) {
  if (isString(v)) {
    String* str = asString(v);
    bool ascii = true;
    int64_t n = 0;
    if (str->encoding() == String::TwoByte) { n = str->length(); ascii = false; }
    else {
      n = str->length();
      if (str->encoding() == String::Latin1) { for (uint32_t i = 0; i < str->length() && ascii; i++) if (str->latin1()[i] >= 0x80) ascii = false; }
      else ascii = false;
    }
    Value it = makeIter(P, ascii ? strAsciiIterType : strIterType, PyIter::Str, v);
    static_cast<PyIter*>(asObject(it))->stop = n;
    return it;
  }
  Object* o = asObject(v);
  if (isArray(v)) return makeIter(P, o->classTag() == kTagTuple ? tupleIterType : listIterType, PyIter::Seq, v);
  switch (o->classTag()) {
    case kTagRange: {
      PyBox* r = asBox(v);
      int64_t x;
      if (!bigint::fitsInt64(r->a, &x) || !bigint::fitsInt64(r->b, &x) || !bigint::fitsInt64(r->c, &x)) {
        // bounds past int64: CPython's longrange_iterator, stepping with big ints
        Value it = makeIter(P, longRangeIterType, PyIter::Bytes, v);  // served by containerIterNext
        static_cast<PyIter*>(asObject(it))->extra = asBox(static_cast<PyIter*>(asObject(it))->source)->a;
        return it;
      }
      Value it = makeIter(P, rangeIterType, PyIter::Range, Value::undefined());
      PyIter* pi = static_cast<PyIter*>(asObject(it));
      r = asBox(v);
      pi->index = P.toIndex(r->a); pi->stop = P.toIndex(r->b); pi->step = P.toIndex(r->c);
      return it;
    }
    case kTagDict: return dictIter(P, dictKeyIterType, PyIter::DictKeys, v);
    case kTagSet: case kTagFrozenSet: {
      Value it = makeIter(P, setIterType, PyIter::Bytes, v);  // Bytes: the kind containerIterNext serves
      static_cast<PyIter*>(asObject(it))->stop = int64_t(asSet(v)->used) + 1;
      return it;
    }
    case kTagDictKeys: return dictIter(P, dictKeyIterType, PyIter::DictKeys, asBox(v)->a);
    case kTagDictValues: return dictIter(P, dictValueIterType, PyIter::DictValues, asBox(v)->a);
    case kTagDictItems: return dictIter(P, dictItemIterType, PyIter::DictItems, asBox(v)->a);
    case kTagBytes: return makeIter(P, bytesIterType, PyIter::Bytes, v);
    case kTagByteArray: return makeIter(P, bytearrayIterType, PyIter::Bytes, v);
    case kTagMemoryView: return makeIter(P, bytesIterType, PyIter::Bytes, newBytes(P, memoryviewData(P, v)));
    default: P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object is not iterable");
  }
}

Value containerIterNext(PyLanguage& P, PyIter* it, bool* done) {
  if (it->kind == PyIter::Bytes && isBox(it->source, kTagRange)) {
    // longrange_iterator: extra is the next value
    VM& vm = P.vm;
    Rooted rit(vm, Value::cell(it));
    PyBox* r = asBox(it->source);
    Rooted cur(vm, it->extra), stop(vm, r->b), step(vm, r->c);
    bool up = bigint::sign(step) > 0;
    int c = bigint::compare(cur, stop);
    if (up ? c >= 0 : c <= 0) { *done = true; return Value::undefined(); }
    Value next = P.intBinary(BinaryOp::Add, cur, step);
    PyIter* self = static_cast<PyIter*>(asObject(rit));
    writeBarrier(self, next);
    self->extra = next;
    return cur;
  }
  if (it->kind == PyIter::Bytes && !isBytesLike(it->source) && !isAnySet(it->source)) {
    // iter(callable, sentinel)
    if (it->index < 0) { *done = true; return Value::undefined(); }
    VM& vm = P.vm;
    Rooted rit(vm, Value::cell(it));
    Rooted v(vm, P.call(it->source, nullptr, 0));
    PyIter* self = static_cast<PyIter*>(asObject(rit));
    if (P.eq(v, self->extra)) { static_cast<PyIter*>(asObject(rit))->index = -1; *done = true; return Value::undefined(); }
    return v;
  }
  if (it->kind == PyIter::Bytes && isAnySet(it->source)) return setIterNext(P, it, done);
  if (it->kind == PyIter::Bytes) {
    const std::string& d = asBytes(it->source)->data;
    if (it->index < 0 || it->index >= int64_t(d.size())) { it->index = -1; *done = true; return Value::undefined(); }
    return Value::integer((unsigned char)d[size_t(it->index++)]);
  }
  *done = true;
  return Value::undefined();
}

int64_t containerLen(PyLanguage& P, Value v) {
  Object* o = asObject(v);
  switch (o->classTag()) {
    case kTagSet: case kTagFrozenSet: return int64_t(asSet(v)->used);
    case kTagBytes: case kTagByteArray: return int64_t(asBytes(v)->data.size());
    case kTagMemoryView: return int64_t(memoryviewData(P, v).size());
    case kTagDictKeys: case kTagDictValues: case kTagDictItems: return asDict(asBox(v)->a)->live;
    default: P.raise(P.t.TypeError, "object of type '" + P.typeName(v) + "' has no len()");
  }
}

int64_t containerHash(PyLanguage& P, Value v) {
  Object* o = asObject(v);
  switch (o->classTag()) {
    case kTagFrozenSet: return frozensetHash(P, v);
    case kTagBytes: {
      // FNV-1a; bytes hashes are salted in CPython, so no program can depend on the values
      uint64_t h = 1469598103934665603ULL;
      for (unsigned char c : asBytes(v)->data) { h ^= c; h *= 1099511628211ULL; }
      int64_t r = int64_t(h >> 1);
      return r == -1 ? -2 : r;
    }
    case kTagTuple: {
      // CPython's tuplehash (xxHash-based), so hash((1, 2)) prints what CPython prints
      const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
      uint64_t acc = P5;
      auto* a = static_cast<ArrayObject*>(o);
      for (size_t i = 0; i < a->elements.size(); i++) {
        uint64_t lane = uint64_t(P.hash(a->elements[i]));
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
      }
      acc += uint64_t(a->elements.size()) ^ (P5 ^ 3527539ULL);
      if (acc == uint64_t(-1)) return 1546275796;
      return int64_t(acc);
    }
    case kTagMemoryView: {
      if (isByteArray(asBox(v)->a)) P.raise(P.t.ValueError, "cannot hash writable memoryview object");
      VM& vm = P.vm;
      Rooted b(vm, newBytes(P, memoryviewData(P, v)));
      return containerHash(P, b);
    }
    case kTagRange: {
      // CPython hashes a range as (len, start, step) with the parts that do not matter as None
      VM& vm = P.vm;
      PyBox* r = asBox(v);
      Value parts[3] = {rangeLenValue(P, r), Value::null(), Value::null()};
      Rooted n0(vm, parts[0]);
      int c1 = bigint::compare(parts[0], Value::integer(1));
      if (c1 >= 0) parts[1] = asBox(v)->a;
      if (c1 > 0) parts[2] = asBox(v)->c;
      parts[0] = n0;
      Rooted t(vm, P.newTuple(parts, 3));
      return P.hash(t);
    }
    default: P.raise(P.t.TypeError, "unhashable type: '" + P.typeName(v) + "'");
  }
}

// ---- repr ----

namespace {
// Objects whose repr is being built (CPython's Py_ReprEnter): a list that contains itself
// prints as [...].
std::vector<Object*> reprActive;
struct ReprGuard {
  bool reentered = false;
  Object* o;
  explicit ReprGuard(Object* obj) : o(obj) {
    reentered = std::find(reprActive.begin(), reprActive.end(), obj) != reprActive.end();
    if (!reentered) reprActive.push_back(obj);
  }
  ~ReprGuard() { if (!reentered) reprActive.pop_back(); }
};
}  // namespace

static std::string viewRepr(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Rooted rv(vm, v);
  RootedVector items(vm);
  P.collect(rv, items);
  Rooted l(vm, P.newList(items.data(), items.size()));
  return P.typeName(rv) + "(" + P.repr(l) + ")";
}

std::string containerRepr(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Object* o = asObject(v);
  Rooted rv(vm, v);
  switch (o->classTag()) {
    case kTagList: case kTagTuple: {
      bool tuple = o->classTag() == kTagTuple;
      if (static_cast<ArrayObject*>(o)->elements.empty()) return tuple ? "()" : "[]";
      ReprGuard g(o);
      if (g.reentered) return tuple ? "(...)" : "[...]";
      std::string out = tuple ? "(" : "[";
      for (size_t i = 0; i < asArray(rv)->elements.size(); i++) {
        if (i) out += ", ";
        out += P.repr(asArray(rv)->elements[i]);
      }
      if (tuple && asArray(rv)->elements.size() == 1) out += ",";
      return out + (tuple ? ")" : "]");
    }
    case kTagDict: {
      if (asDict(v)->live == 0) return "{}";
      ReprGuard g(o);
      if (g.reentered) return "{...}";
      std::string out = "{";
      bool first = true;
      for (size_t i = 0; i < asDict(rv)->entries.size(); i++) {
        DictEntry e = asDict(rv)->entries[i];
        if (e.key.isMagic(Magic::Empty)) continue;
        if (!first) out += ", ";
        first = false;
        Rooted val(vm, e.value);
        out += P.repr(e.key);
        out += ": ";
        out += P.repr(val);
      }
      return out + "}";
    }
    case kTagSet: case kTagFrozenSet: {
      ReprGuard g(o);
      if (g.reentered) return P.typeName(v) + "(...)";
      return setRepr(P, v);
    }
    case kTagBytes: case kTagByteArray: return bytesRepr(P, v);
    case kTagSlice: return "slice(" + P.repr(asBox(rv)->a) + ", " + P.repr(asBox(rv)->b) + ", " + P.repr(asBox(rv)->c) + ")";
    case kTagMemoryView: {
      char addr[32];
      snprintf(addr, sizeof addr, "0x%012llx", (unsigned long long)uintptr_t(o));
      return std::string(asBox(v)->a.isNull() ? "<released memory at " : "<memory at ") + addr + ">";
    }
    case kTagDictKeys: case kTagDictValues: case kTagDictItems: {
      ReprGuard g(o);
      if (g.reentered) return "...";
      return viewRepr(P, v);
    }
    default: return "<?>";
  }
}

// ---- operators ----

static bool isSetLike(Value v) {
  return isAnySet(v) || (isObject(v) && (asObject(v)->classTag() == kTagDictKeys || asObject(v)->classTag() == kTagDictItems));
}
// A set holding the items of a set-like or any iterable.
static Value toSet(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Rooted rv(vm, v);
  Rooted s(vm, newSet(P, P.t.set));
  if (isObject(v) && (asObject(v)->classTag() == kTagDictKeys)) setUpdate(P, s, asBox(rv)->a);
  else setUpdate(P, s, rv);
  return s;
}

Value containerBinary(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (isAnySet(a) && isAnySet(b)) return setBinary(P, op, a, b);
  bool setOp = op == BinaryOp::BitOr || op == BinaryOp::BitAnd || op == BinaryOp::Sub || op == BinaryOp::BitXor;
  if (setOp && ((isSetLike(a) && !isAnySet(a)) || (isSetLike(b) && !isAnySet(b)))) {
    // dict keys/items views combine with any iterable into a set (CPython's dictviews_or ...)
    VM& vm = P.vm;
    Rooted rb(vm, b);
    Rooted x(vm, toSet(P, a));
    Rooted y(vm, toSet(P, rb));
    return setBinary(P, op, x, y);
  }
  if (isBytesLike(a) || isBytesLike(b)) return bytesBinary(P, op, a, b);
  return P.notImplemented;
}

Value containerInplace(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (isObject(a) && asObject(a)->classTag() == kTagSet) return setInplace(P, op, a, b);
  if (isByteArray(a)) return bytesInplace(P, op, a, b);
  if (isDict(a) && op == BinaryOp::BitOr) {
    // d |= other: update in place (any mapping or iterable of pairs)
    dictUpdateFrom(P, a, b);
    return a;
  }
  return P.notImplemented;
}

Value containerCompare(PyLanguage& P, CompareOp op, Value a, Value b) {
  VM& vm = P.vm;
  if (isSetLike(a) && isSetLike(b)) {
    if (isAnySet(a) && isAnySet(b)) return setCompare(P, op, a, b);
    Rooted rb(vm, b);
    Rooted x(vm, toSet(P, a));
    Rooted y(vm, toSet(P, rb));
    return setCompare(P, op, x, y);
  }
  if (isBytesLike(a) && isBytesLike(b)) {
    int c = bytesCompare(a, b);
    switch (op) {
      case CompareOp::Eq: return Value::boolean(c == 0);
      case CompareOp::Ne: return Value::boolean(c != 0);
      case CompareOp::Lt: return Value::boolean(c < 0);
      case CompareOp::Le: return Value::boolean(c <= 0);
      case CompareOp::Gt: return Value::boolean(c > 0);
      case CompareOp::Ge: return Value::boolean(c >= 0);
      default: return P.notImplemented;
    }
  }
  if ((isMemoryView(a) && (isMemoryView(b) || isBytesLike(b))) || (isMemoryView(b) && isBytesLike(a))) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return P.notImplemented;
    std::string x = isMemoryView(a) ? memoryviewData(P, a) : asBytes(a)->data;
    std::string y = isMemoryView(b) ? memoryviewData(P, b) : asBytes(b)->data;
    return Value::boolean((x == y) == (op == CompareOp::Eq));
  }
  if (isBox(a, kTagRange) && isBox(b, kTagRange) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    bool e = rangeEq(P, asBox(a), asBox(b));
    return Value::boolean(op == CompareOp::Eq ? e : !e);
  }
  if (isBox(a, kTagSlice) && isBox(b, kTagSlice)) {
    // slices compare as the tuples (start, stop, step)
    Value x[3] = {asBox(a)->a, asBox(a)->b, asBox(a)->c};
    Rooted tx(vm, P.newTuple(x, 3));
    Value y[3] = {asBox(b)->a, asBox(b)->b, asBox(b)->c};
    Rooted ty(vm, P.newTuple(y, 3));
    return P.compare(vm, op, tx, ty);
  }
  return P.notImplemented;
}

// ---- subscripts ----

static Value bytesSlice(PyLanguage& P, Value obj, PyBox* sl) {
  const std::string& d = asBytes(obj)->data;
  int64_t start, stop, step;
  P.sliceIndices(sl, int64_t(d.size()), &start, &stop, &step);
  std::string out;
  const std::string& d2 = asBytes(obj)->data;  // sliceIndices may run __index__
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) out += d2[size_t(i)];
  return newBytes(P, out, isByteArray(obj));
}

static int64_t byteIndex(PyLanguage& P, Value obj, Value key, const char* what) {
  if (!isInteger(key) && !key.isBool() && !(isObject(key) && !P.typeOf(key)->builtin))
    P.raise(P.t.TypeError, P.typeName(obj) + " indices must be integers or slices, not " + P.typeName(key));
  int64_t i = P.toIndex(key), n = int64_t(asBytes(obj)->data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) P.raise(P.t.IndexError, std::string(what) + " out of range");
  return i;
}

Value containerGetItem(PyLanguage& P, Value obj, Value key) {
  if (isBox(obj, kTagRange)) return rangeGetItem(P, obj, key);
  if (isMemoryView(obj)) return memoryviewGetItem(P, obj, key);
  if (isBytesLike(obj)) {
    if (isBox(key, kTagSlice)) return bytesSlice(P, obj, asBox(key));
    int64_t i = byteIndex(P, obj, key, isByteArray(obj) ? "bytearray index" : "index");
    return Value::integer((unsigned char)asBytes(obj)->data[size_t(i)]);
  }
  P.raise(P.t.TypeError, "'" + P.typeName(obj) + "' object is not subscriptable");
}

// The bytes an assigned value stands for: a bytes-like, or an iterable of ints.
static std::string bytesOfValue(PyLanguage& P, Value v) {
  if (isBytesLike(v)) return asBytes(v)->data;
  if (v.isInt() || isBigInt(v) || v.isBool() || isString(v))
    P.raise(P.t.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return asBytes(bytesFromObject(P, v, false))->data;
}

void containerSetItem(PyLanguage& P, Value obj, Value key, Value v) {
  if (isMemoryView(obj)) { memoryviewSetItem(P, obj, key, v); return; }
  if (!isByteArray(obj)) P.raise(P.t.TypeError, "'" + P.typeName(obj) + "' object does not support item assignment");
  VM& vm = P.vm;
  Rooted ro(vm, obj), rk(vm, key);
  if (isBox(key, kTagSlice)) {
    std::string src = bytesOfValue(P, v);
    int64_t start, stop, step;
    P.sliceIndices(asBox(rk), int64_t(asBytes(ro)->data.size()), &start, &stop, &step);
    std::string& d = asBytes(ro)->data;
    if (step == 1) {
      if (stop < start) stop = start;
      d.replace(size_t(start), size_t(stop - start), src);
      return;
    }
    std::vector<int64_t> idx;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) idx.push_back(i);
    if (idx.size() != src.size())
      P.raise(P.t.ValueError, "attempt to assign bytes of size " + std::to_string(src.size()) + " to extended slice of size " + std::to_string(idx.size()));
    for (size_t i = 0; i < idx.size(); i++) d[size_t(idx[i])] = src[i];
    return;
  }
  int64_t i = byteIndex(P, ro, rk, "bytearray index");
  if (!isInteger(v) && !v.isBool() && !(isObject(v) && !P.typeOf(v)->builtin))
    P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
  int64_t c = P.toIndex(v);
  if (c < 0 || c > 255) P.raise(P.t.ValueError, "byte must be in range(0, 256)");
  asBytes(ro)->data[size_t(i)] = char(c);
}

void containerDelItem(PyLanguage& P, Value obj, Value key) {
  if (isMemoryView(obj)) P.raise(P.t.TypeError, "cannot delete memory");
  if (!isByteArray(obj)) P.raise(P.t.TypeError, "'" + P.typeName(obj) + "' object does not support item deletion");
  if (isBox(key, kTagSlice)) {
    std::string& d = asBytes(obj)->data;
    int64_t start, stop, step;
    P.sliceIndices(asBox(key), int64_t(d.size()), &start, &stop, &step);
    std::vector<bool> del(d.size());
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) del[size_t(i)] = true;
    std::string keep;
    for (size_t i = 0; i < d.size(); i++) if (!del[i]) keep += d[i];
    asBytes(obj)->data = keep;
    return;
  }
  int64_t i = byteIndex(P, obj, key, "bytearray index");
  asBytes(obj)->data.erase(size_t(i), 1);
}

bool containerContains(PyLanguage& P, Value obj, Value key) {
  VM& vm = P.vm;
  Object* o = asObject(obj);
  switch (o->classTag()) {
    case kTagSet: case kTagFrozenSet: return setHas(P, obj, key);
    case kTagDictKeys: return !P.dictGet(asDict(asBox(obj)->a), key).isMagic(Magic::Empty);
    case kTagDictItems: {
      if (!isArray(key) || asObject(key)->classTag() != kTagTuple || asArray(key)->elements.size() != 2) return false;
      Rooted rk(vm, key);
      Value v = P.dictGet(asDict(asBox(obj)->a), asArray(key)->elements[0]);
      return !v.isMagic(Magic::Empty) && P.eq(v, asArray(rk)->elements[1]);
    }
    case kTagDictValues: {
      Rooted d(vm, asBox(obj)->a), rk(vm, key);
      for (size_t i = 0; i < asDict(d)->entries.size(); i++) {
        DictEntry e = asDict(d)->entries[i];
        if (!e.key.isMagic(Magic::Empty) && P.eq(e.value, rk)) return true;
      }
      return false;
    }
    case kTagMemoryView: {
      if (!isInteger(key) && !key.isBool()) return false;
      int64_t c = P.toIndex(key);
      return c >= 0 && c < 256 && memoryviewData(P, obj).find(char(c)) != std::string::npos;
    }
    case kTagBytes: case kTagByteArray: {
      const std::string& d = asBytes(obj)->data;
      if (isBytesLike(key)) return d.find(asBytes(key)->data) != std::string::npos;
      if (!isInteger(key) && !key.isBool() && !(isObject(key) && !P.typeOf(key)->builtin))
        P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(key) + "'");
      int64_t c = P.toIndex(key);
      if (c < 0 || c > 255) P.raise(P.t.ValueError, "byte must be in range(0, 256)");
      return asBytes(obj)->data.find(char(c)) != std::string::npos;
    }
    default: P.raise(P.t.TypeError, "argument of type '" + P.typeName(obj) + "' is not iterable");
  }
}

// reversed(x) for the builtin sequences and dicts; empty() when x is something else.
Value containerReversed(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  Rooted rv(vm, v);
  auto rev = [&](PyType* type, Value list) {
    Rooted rl(vm, list);
    Value it = makeIter(P, type, PyIter::Reversed, rl);
    static_cast<PyIter*>(asObject(it))->index = int64_t(asArray(rl)->elements.size()) - 1;
    return it;
  };
  if (isArray(v)) return rev(asObject(v)->classTag() == kTagTuple ? reversedType : listRevIterType, v);
  if (isBox(v, kTagRange)) {  // bounds may be big ints (range.cpp)
    Rooted rr(vm, rangeReversed(P, asBox(v)));
    return P.getIterator(vm, rr, false);
  }
  if (isDict(v) || isDictView(v)) {
    RootedVector items(vm);
    P.collect(rv, items);
    Rooted l(vm, P.newList(items.data(), items.size()));
    uint16_t tag = asObject(rv)->classTag();
    return rev(tag == kTagDictValues ? dictRevValueIterType : tag == kTagDictItems ? dictRevItemIterType : dictRevKeyIterType, l);
  }
  return Value::empty();
}

// iter(callable, sentinel)
Value callableIter(PyLanguage& P, Value callable, Value sentinel) {
  VM& vm = P.vm;
  Rooted rs(vm, sentinel);
  Value it = makeIter(P, callableIterType, PyIter::Bytes, callable);  // served by containerIterNext
  static_cast<PyIter*>(asObject(it))->extra = rs;
  return it;
}

// A read-only attribute of a builtin type: a property whose getter is a native.
void defGetter(PyLanguage& P, PyType* ty, const char* name, NativeFn fn, int magic) {
  VM& vm = P.vm;
  P.defNative(ty, name, fn, magic);
  Rooted getter(vm, ty->slot(ty->findOwn(P.s(name))));
  PyBox* prop = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
  prop->a = getter; prop->b = Value::null(); prop->c = Value::null();
  ty->putDirect(vm, P.s(name), Value::cell(prop));
}

// ---- dunders of the builtin containers ----
// Instances of user subclasses reach operators through their type's dunders (binary() and
// compare() call dunders for non-builtin types); these route back to the hooks above.
static Value dunderBinary(VM& vm, CallArgs& a) {
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  takeSelf(a);
  BinaryOp op = BinaryOp(m & 0xff);
  bool reflected = (m >> 8) != 0;
  Value self = a.thisValue, other = a[0];
  Value x = reflected ? other : self, y = reflected ? self : other;
  Value r = isContainerExt(x) || isContainerExt(y) ? containerBinary(L, op, x, y) : L.notImplemented;
  if (r != L.notImplemented) return r;
  if (isArray(x) || isArray(y)) return L.seqBinary(op, x, y);
  if (isDict(x) && isDict(y) && op == BinaryOp::BitOr) {
    Rooted ry(vm, y);
    Rooted d(vm, L.newDict());
    dictUpdateFrom(L, d, x);
    dictUpdateFrom(L, d, ry);
    return d;
  }
  return L.notImplemented;
}
static Value dunderCompare(VM& vm, CallArgs& a) {
  CompareOp op = CompareOp(asNativeFunction(Value::cell(a.callee))->magic);
  takeSelf(a);
  Value self = a.thisValue, other = a[0];
  Value r = containerCompare(L, op, self, other);
  if (r != L.notImplemented) return r;
  if (isContainerExt(self) || isContainerExt(other)) return L.notImplemented;
  int c = L.cmp3(self, other, op);
  if (c == 2 || c == 3) return L.notImplemented;
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    default: return L.notImplemented;
  }
}
static void defOperators(PyLanguage& P, PyType* ty, std::initializer_list<BinaryOp> ops, bool reflected) {
  static const char* fwd[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__mod__", "__pow__", "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "", "__floordiv__", "__matmul__"};
  static const char* rev[] = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rand__", "__ror__", "__rxor__", "__rlshift__", "__rrshift__", "", "__rfloordiv__", "__rmatmul__"};
  for (BinaryOp op : ops) {
    P.defNative(ty, fwd[int(op)], dunderBinary, int(op));
    if (reflected) P.defNative(ty, rev[int(op)], dunderBinary, int(op) | 0x100);
  }
}
static void defComparisons(PyLanguage& P, PyType* ty) {
  static const std::pair<const char*, CompareOp> cmps[] = {{"__eq__", CompareOp::Eq}, {"__ne__", CompareOp::Ne}, {"__lt__", CompareOp::Lt},
                                                           {"__le__", CompareOp::Le}, {"__gt__", CompareOp::Gt}, {"__ge__", CompareOp::Ge}};
  for (auto& c : cmps) P.defNative(ty, c.first, dunderCompare, int(c.second));
}

// ---- install ----

static Value iterSelf(VM&, CallArgs& a) { takeSelf(a); return a.thisValue; }
static Value iterNext(VM& vm, CallArgs& a) {
  takeSelf(a);
  bool done = false;
  Value v = L.next(a.thisValue, &done);
  if (done) vm.throwValue(L.makeException(L.t.StopIteration, ""));
  return v;
}
static Value iterLengthHint(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isPyIter(a.thisValue)) return Value::integer(0);
  PyIter* it = static_cast<PyIter*>(asObject(a.thisValue));
  int64_t n = 0;
  switch (it->kind) {
    case PyIter::Range:
      n = it->step > 0 ? (it->stop > it->index ? (it->stop - it->index - 1) / it->step + 1 : 0)
                       : (it->index > it->stop ? (it->index - it->stop - 1) / -it->step + 1 : 0);
      break;
    case PyIter::Seq: if (it->index >= 0) n = int64_t(asArray(it->source)->elements.size()) - it->index; break;
    case PyIter::Reversed:
      if (it->index >= 0 && it->index < int64_t(asArray(it->source)->elements.size())) n = it->index + 1;
      break;
    case PyIter::Str: n = it->stop - it->index; break;
    case PyIter::Bytes:
      if (isAnySet(it->source)) n = setIterRemaining(it);
      else if (isBytesLike(it->source) && it->index >= 0) n = int64_t(asBytes(it->source)->data.size()) - it->index;
      break;
    case PyIter::DictKeys: case PyIter::DictValues: case PyIter::DictItems:
      if (it->index >= 0 && isDict(it->source)) {
        PyDict* d = asDict(it->source);
        for (size_t i = size_t(it->index); i < d->entries.size(); i++) if (!d->entries[i].key.isMagic(Magic::Empty)) n++;
      }
      break;
    default: break;
  }
  (void)vm;
  return bigint::fromInt64(vm.heap, std::max<int64_t>(0, n));
}

void installContainers(PyLanguage& P) {
  auto iterType = [&](const char* name) {
    PyType* t = P.newType(name, P.t.object);
    P.defNative(t, "__iter__", iterSelf);
    P.defNative(t, "__next__", iterNext);
    P.defNative(t, "__length_hint__", iterLengthHint);
    return t;
  };
  setIterType = iterType("set_iterator");
  dictKeyIterType = iterType("dict_keyiterator");
  dictValueIterType = iterType("dict_valueiterator");
  dictItemIterType = iterType("dict_itemiterator");
  bytesIterType = iterType("bytes_iterator");
  bytearrayIterType = iterType("bytearray_iterator");
  listIterType = iterType("list_iterator");
  tupleIterType = iterType("tuple_iterator");
  strIterType = iterType("str_iterator");
  strAsciiIterType = iterType("str_ascii_iterator");
  rangeIterType = iterType("range_iterator");
  listRevIterType = iterType("list_reverseiterator");
  reversedType = iterType("reversed");
  dictRevKeyIterType = iterType("dict_reversekeyiterator");
  dictRevValueIterType = iterType("dict_reversevalueiterator");
  dictRevItemIterType = iterType("dict_reverseitemiterator");
  callableIterType = iterType("callable_iterator");
  longRangeIterType = iterType("longrange_iterator");
  installSet(P);
  installBytes(P);
  installDict(P);
  installList(P);
  installRange(P);
  installMemoryView(P);
  using B = BinaryOp;
  for (PyType* ty : {P.t.set, P.t.frozenset, P.t.dictKeys, P.t.dictItems}) {
    defOperators(P, ty, {B::BitOr, B::BitAnd, B::Sub, B::BitXor}, true);
    defComparisons(P, ty);
  }
  for (PyType* ty : {P.t.bytes, P.t.bytearray}) {
    defOperators(P, ty, {B::Add, B::Mul, B::Mod}, false);
    P.defNative(ty, "__rmul__", dunderBinary, int(B::Mul) | 0x100);
    defComparisons(P, ty);
  }
  for (PyType* ty : {P.t.list, P.t.tuple}) {
    defOperators(P, ty, {B::Add, B::Mul}, false);
    P.defNative(ty, "__rmul__", dunderBinary, int(B::Mul) | 0x100);
    defComparisons(P, ty);
  }
  defOperators(P, P.t.dict, {B::BitOr}, true);
  defComparisons(P, P.t.dict);
  defComparisons(P, P.t.range);
}

}  // namespace dualvm::py
