// runtime/js/typed_arrays.cpp — ArrayBuffer, %TypedArray% and its nine element kinds, DataView.
// The generic Array.prototype algorithms (forEach, indexOf, join, reduce, ...) work on typed
// arrays through the integer-indexed exotic hooks, so %TypedArray%.prototype shares those
// function objects and defines only what differs (map/filter/slice make typed arrays, set,
// subarray, sort numerically).
#include "runtime/js/typed_arrays.h"
#include <algorithm>
#include <cmath>
#include <cstring>
#include "runtime/js/builtins.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

namespace {

struct KindInfo { const char* name; uint32_t size; };
const KindInfo kKinds[] = {
    {"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2},
    {"Uint16Array", 2}, {"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4},
    {"Float64Array", 8}};

uint32_t elementSize(TypedKind k) { return kKinds[size_t(k)].size; }

Object* kindPrototype(VM& vm, TypedKind k) {
  Value v = jsRealm(vm).namedIntrinsics[std::string("proto:") + kKinds[size_t(k)].name];
  return asObject(v);
}
Object* kindConstructor(VM& vm, TypedKind k) {
  Value v = jsRealm(vm).namedIntrinsics[std::string("ctor:") + kKinds[size_t(k)].name];
  return asObject(v);
}

ArrayBufferObject* newBuffer(VM& vm, uint64_t bytes, Object* proto = nullptr) {
  if (bytes > (uint64_t(1) << 31)) throwRangeError(vm, "Array buffer allocation failed");
  JsRealm& r = jsRealm(vm);
  if (!proto) proto = asObject(r.namedIntrinsics["proto:ArrayBuffer"]);
  vm.heap.beforeAllocate(size_t(bytes));
  ArrayBufferObject* b = vm.heap.make<ArrayBufferObject>(r.rootShapeFor(proto), proto);
  b->data.assign(size_t(bytes), 0);
  vm.heap.noteExternalGrowth(size_t(bytes));
  return b;
}

TypedArrayObject* newTyped(VM& vm, TypedKind k, ArrayBufferObject* buf, uint32_t offset, uint32_t len,
                           Object* proto = nullptr) {
  Rooted rb(vm, Value::cell(buf));
  if (!proto) proto = kindPrototype(vm, k);
  TypedArrayObject* t = vm.heap.make<TypedArrayObject>(jsRealm(vm).rootShapeFor(proto), proto, k);
  t->buffer = static_cast<ArrayBufferObject*>(rb.get().asCell());
  t->byteOffset = offset;
  t->length = len;
  return t;
}

TypedArrayObject* allocateTyped(VM& vm, TypedKind k, uint64_t len, Object* proto = nullptr) {
  if (len > (uint64_t(1) << 30)) throwRangeError(vm, "Invalid typed array length: " + std::to_string(len));
  ArrayBufferObject* b = newBuffer(vm, len * elementSize(k));
  return newTyped(vm, k, b, 0, uint32_t(len), proto);
}

TypedArrayObject* thisTyped(VM& vm, Value v, const char* method) {
  if (!isTypedArray(v)) throwTypeError(vm, std::string("this is not a typed array."));
  return asTypedArray(v);
}

uint8_t clampByte(double d) {
  if (!(d > 0)) return 0;
  if (d >= 255) return 255;
  double f = std::floor(d);
  double diff = d - f;
  if (diff > 0.5) return uint8_t(f + 1);
  if (diff < 0.5) return uint8_t(f);
  return uint8_t(int(f) % 2 == 0 ? f : f + 1);
}

}  // namespace

Value typedArrayGet(const TypedArrayObject* ta, uint32_t i) {
  const uint8_t* p = ta->buffer->data.data() + ta->byteOffset + size_t(i) * elementSize(ta->kind);
  switch (ta->kind) {
    case TypedKind::Int8: return Value::integer(int8_t(*p));
    case TypedKind::Uint8: case TypedKind::Uint8Clamped: return Value::integer(*p);
    case TypedKind::Int16: { int16_t v; std::memcpy(&v, p, 2); return Value::integer(v); }
    case TypedKind::Uint16: { uint16_t v; std::memcpy(&v, p, 2); return Value::integer(v); }
    case TypedKind::Int32: { int32_t v; std::memcpy(&v, p, 4); return Value::integer(v); }
    case TypedKind::Uint32: { uint32_t v; std::memcpy(&v, p, 4); return Value::fromInt64(v); }
    case TypedKind::Float32: { float v; std::memcpy(&v, p, 4); return Value::fromDoubleNormalized(double(v)); }
    default: { double v; std::memcpy(&v, p, 8); return Value::fromDoubleNormalized(v); }
  }
}

void typedArraySetNumber(TypedArrayObject* ta, uint32_t i, double d) {
  uint8_t* p = ta->buffer->data.data() + ta->byteOffset + size_t(i) * elementSize(ta->kind);
  switch (ta->kind) {
    case TypedKind::Int8: case TypedKind::Uint8: *p = uint8_t(doubleToInt32(d)); break;
    case TypedKind::Uint8Clamped: *p = clampByte(d); break;
    case TypedKind::Int16: case TypedKind::Uint16: { uint16_t v = uint16_t(doubleToInt32(d)); std::memcpy(p, &v, 2); break; }
    case TypedKind::Int32: case TypedKind::Uint32: { int32_t v = doubleToInt32(d); std::memcpy(p, &v, 4); break; }
    case TypedKind::Float32: { float v = float(d); std::memcpy(p, &v, 4); break; }
    default: std::memcpy(p, &d, 8); break;
  }
}

void typedArraySet(VM& vm, TypedArrayObject* ta, uint32_t index, Value v) {
  Rooted rt(vm, Value::cell(ta));
  double d = v.isNumber() ? v.toDouble() : toNumber(vm, v);
  ta = asTypedArray(rt);
  if (index < ta->length) typedArraySetNumber(ta, index, d);
}

// ---------------------------------------------------------------------------------------------
// Constructors

static Value typedArrayConstructor(VM& vm, CallArgs& args) {
  TypedKind k = TypedKind(static_cast<NativeFunction*>(args.callee)->magic);
  if (!args.isConstructCall()) throwTypeError(vm, std::string("Constructor ") + kKinds[size_t(k)].name + " requires 'new'");
  Object* proto = prototypeFromConstructor(vm, args.newTarget, kindPrototype(vm, k));
  Rooted rp(vm, Value::cell(proto));
  Value a0 = args[0];
  if (!isObject(a0)) {
    double n = a0.isUndefined() ? 0 : toIntegerOrInfinity(vm, a0);
    if (n < 0 || n > 1073741824.0) throwRangeError(vm, "Invalid typed array length: " + numberToStdString(toNumber(vm, a0)));
    return Value::cell(allocateTyped(vm, k, uint64_t(n), asObject(rp)));
  }
  if (hasClassTag(a0, ClassTag::ArrayBuffer)) {
    ArrayBufferObject* b = static_cast<ArrayBufferObject*>(a0.asCell());
    Rooted rb(vm, a0);
    uint32_t es = elementSize(k);
    double off = toIntegerOrInfinity(vm, args[1]);
    if (off < 0 || std::fmod(off, es) != 0) throwRangeError(vm, "start offset of " + std::string(kKinds[size_t(k)].name) + " should be a multiple of " + std::to_string(es));
    uint64_t len;
    size_t bytes = static_cast<ArrayBufferObject*>(rb.get().asCell())->data.size();
    if (args[2].isUndefined()) {
      if (bytes % es) throwRangeError(vm, "byte length of " + std::string(kKinds[size_t(k)].name) + " should be a multiple of " + std::to_string(es));
      if (off > double(bytes)) throwRangeError(vm, "Start offset " + numberToStdString(off) + " is outside the bounds of the buffer");
      len = (bytes - uint64_t(off)) / es;
    } else {
      double l = toIntegerOrInfinity(vm, args[2]);
      if (l < 0 || off + l * es > double(bytes)) throwRangeError(vm, "Invalid typed array length: " + numberToStdString(l));
      len = uint64_t(l);
    }
    (void)b;
    return Value::cell(newTyped(vm, k, static_cast<ArrayBufferObject*>(rb.get().asCell()), uint32_t(off), uint32_t(len), asObject(rp)));
  }
  RootedVector values(vm);
  if (isTypedArray(a0)) {
    TypedArrayObject* src = asTypedArray(a0);
    for (uint32_t i = 0; i < src->length; i++) values.push(typedArrayGet(src, i));
  } else {
    JsRealm& r = jsRealm(vm);
    Value m = getMethod(vm, a0, r.symbols.iterator);
    if (!m.isUndefined()) {
      iterableToList(vm, a0, values);
    } else {
      uint64_t len = lengthOfArrayLike(vm, a0);
      for (uint64_t i = 0; i < len; i++) values.push(getIndex(vm, args[0], i));
    }
  }
  TypedArrayObject* t = allocateTyped(vm, k, values.size(), asObject(rp));
  Rooted rt(vm, Value::cell(t));
  for (size_t i = 0; i < values.size(); i++) typedArraySet(vm, asTypedArray(rt), uint32_t(i), values[i]);
  return rt;
}

static TypedKind kindOfConstructor(VM& vm, Value c) {
  for (size_t i = 0; i < size_t(TypedKind::Count_); i++)
    if (Value::cell(kindConstructor(vm, TypedKind(i))) == c) return TypedKind(i);
  throwTypeError(vm, describeForError(vm, c) + " is not a typed array constructor");
}

// %TypedArray%.from (magic 0) / of (magic 1).
static Value typedArrayFromOf(VM& vm, CallArgs& args) {
  TypedKind k = kindOfConstructor(vm, args.thisValue);
  RootedVector values(vm);
  if (static_cast<NativeFunction*>(args.callee)->magic == 1) {
    for (uint32_t i = 0; i < args.argc; i++) values.push(args.argv[i]);
  } else {
    Value src = args[0];
    if (src.isNullish()) throwTypeError(vm, describeForError(vm, src) + " is not iterable");
    Value m = getMethod(vm, src, jsRealm(vm).symbols.iterator);
    if (!m.isUndefined()) iterableToList(vm, src, values);
    else {
      uint64_t len = lengthOfArrayLike(vm, src);
      for (uint64_t i = 0; i < len; i++) values.push(getIndex(vm, args[0], i));
    }
    if (!args[1].isUndefined()) {
      if (!isCallable(args[1])) throwTypeError(vm, describeForError(vm, args[1]) + " is not a function");
      for (size_t i = 0; i < values.size(); i++) {
        Value cb[2] = {values[i], Value::integer(int32_t(i))};
        values[i] = call(vm, args[1], args[2], cb, 2);
      }
    }
  }
  TypedArrayObject* t = allocateTyped(vm, k, values.size());
  Rooted rt(vm, Value::cell(t));
  for (size_t i = 0; i < values.size(); i++) typedArraySet(vm, asTypedArray(rt), uint32_t(i), values[i]);
  return rt;
}

// ---------------------------------------------------------------------------------------------
// %TypedArray%.prototype

// buffer 0, byteLength 1, byteOffset 2, length 3.
static Value typedArrayGetter(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "");
  switch (static_cast<NativeFunction*>(args.callee)->magic) {
    case 0: return Value::cell(t->buffer);
    case 1: return Value::fromInt64(int64_t(t->length) * elementSize(t->kind));
    case 2: return Value::fromInt64(t->byteOffset);
    default: return Value::fromInt64(t->length);
  }
}

static Value typedArrayToStringTag(VM& vm, CallArgs& args) {
  if (!isTypedArray(args.thisValue)) return Value::undefined();
  return Value::cell(vm.intern(kKinds[size_t(asTypedArray(args.thisValue)->kind)].name));
}

static Value typedArraySetMethod(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "set");
  Rooted rt(vm, args.thisValue);
  double off = toIntegerOrInfinity(vm, args[1]);
  if (off < 0) throwRangeError(vm, "offset is out of bounds");
  RootedVector values(vm);
  Value src = args[0];
  if (isTypedArray(src)) {
    TypedArrayObject* s = asTypedArray(src);
    for (uint32_t i = 0; i < s->length; i++) values.push(typedArrayGet(s, i));
  } else {
    Object* o = toObject(vm, src);
    Rooted ro(vm, Value::cell(o));
    uint64_t len = lengthOfArrayLike(vm, ro);
    for (uint64_t i = 0; i < len; i++) values.push(getIndex(vm, ro, i));
  }
  t = asTypedArray(rt);
  if (off + double(values.size()) > double(t->length)) throwRangeError(vm, "offset is out of bounds");
  for (size_t i = 0; i < values.size(); i++) typedArraySet(vm, asTypedArray(rt), uint32_t(off) + uint32_t(i), values[i]);
  return Value::undefined();
}

static Value typedArraySubarray(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "subarray");
  Rooted rt(vm, args.thisValue);
  uint64_t len = t->length;
  uint64_t begin = relativeIndex(vm, args[0], len, 0);
  uint64_t end = relativeIndex(vm, args[1], len, len);
  t = asTypedArray(rt);
  uint64_t n = end > begin ? end - begin : 0;
  return Value::cell(newTyped(vm, t->kind, t->buffer, t->byteOffset + uint32_t(begin * elementSize(t->kind)), uint32_t(n)));
}

static Value typedArraySlice(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "slice");
  Rooted rt(vm, args.thisValue);
  uint64_t len = t->length;
  uint64_t begin = relativeIndex(vm, args[0], len, 0);
  uint64_t end = relativeIndex(vm, args[1], len, len);
  uint64_t n = end > begin ? end - begin : 0;
  TypedArrayObject* out = allocateTyped(vm, asTypedArray(rt)->kind, n);
  t = asTypedArray(rt);
  uint32_t es = elementSize(t->kind);
  if (n) std::memcpy(out->buffer->data.data(), t->buffer->data.data() + t->byteOffset + begin * es, n * es);
  return Value::cell(out);
}

// map (magic 0) / filter (magic 1).
static Value typedArrayMapFilter(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "map");
  Rooted rt(vm, args.thisValue);
  if (!isCallable(args[0])) throwTypeError(vm, describeForError(vm, args[0]) + " is not a function");
  bool filter = static_cast<NativeFunction*>(args.callee)->magic == 1;
  RootedVector out(vm);
  for (uint32_t i = 0; i < asTypedArray(rt)->length; i++) {
    Rooted v(vm, typedArrayGet(asTypedArray(rt), i));
    Value cb[3] = {v, Value::integer(int32_t(i)), rt};
    Value res = call(vm, args[0], args[1], cb, 3);
    if (filter) { if (toBoolean(res)) out.push(v); }
    else out.push(res);
  }
  (void)t;
  TypedArrayObject* o = allocateTyped(vm, asTypedArray(rt)->kind, out.size());
  Rooted ro(vm, Value::cell(o));
  for (size_t i = 0; i < out.size(); i++) typedArraySet(vm, asTypedArray(ro), uint32_t(i), out[i]);
  return ro;
}

static Value typedArraySort(VM& vm, CallArgs& args) {
  TypedArrayObject* t = thisTyped(vm, args.thisValue, "sort");
  Rooted rt(vm, args.thisValue);
  Value cmp = args[0];
  if (!cmp.isUndefined() && !isCallable(cmp)) throwTypeError(vm, "The comparison function must be either a function or undefined");
  std::vector<double> vals(t->length);
  for (uint32_t i = 0; i < t->length; i++) vals[i] = typedArrayGet(t, i).toDouble();
  if (cmp.isUndefined()) {
    std::stable_sort(vals.begin(), vals.end(), [](double a, double b) {
      if (a != a) return false;
      if (b != b) return true;
      if (a == 0 && b == 0) return std::signbit(a) && !std::signbit(b);
      return a < b;
    });
  } else {
    // Merge sort with the comparator (stable); exceptions propagate.
    std::vector<double> tmp(vals.size());
    for (size_t width = 1; width < vals.size(); width *= 2) {
      for (size_t lo = 0; lo < vals.size(); lo += 2 * width) {
        size_t mid = std::min(lo + width, vals.size()), hi = std::min(lo + 2 * width, vals.size());
        size_t i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
          Value ab[2] = {Value::fromDoubleNormalized(vals[i]), Value::fromDoubleNormalized(vals[j])};
          double c = toNumber(vm, call(vm, cmp, Value::undefined(), ab, 2));
          if (c > 0) tmp[k++] = vals[j++];
          else tmp[k++] = vals[i++];
        }
        while (i < mid) tmp[k++] = vals[i++];
        while (j < hi) tmp[k++] = vals[j++];
      }
      std::swap(vals, tmp);
    }
  }
  t = asTypedArray(rt);
  for (uint32_t i = 0; i < t->length && i < vals.size(); i++) typedArraySetNumber(t, i, vals[i]);
  return rt;
}

// ---------------------------------------------------------------------------------------------
// ArrayBuffer

static Value arrayBufferConstructor(VM& vm, CallArgs& args) {
  if (!args.isConstructCall()) throwTypeError(vm, "Constructor ArrayBuffer requires 'new'");
  double n = toIntegerOrInfinity(vm, args[0]);
  if (n < 0 || n > 2147483648.0) throwRangeError(vm, "Array buffer allocation failed");
  Object* proto = prototypeFromConstructor(vm, args.newTarget, asObject(jsRealm(vm).namedIntrinsics["proto:ArrayBuffer"]));
  return Value::cell(newBuffer(vm, uint64_t(n), proto));
}

static ArrayBufferObject* thisBuffer(VM& vm, Value v) {
  if (!hasClassTag(v, ClassTag::ArrayBuffer)) throwTypeError(vm, "Receiver is not an ArrayBuffer");
  return static_cast<ArrayBufferObject*>(v.asCell());
}

static Value arrayBufferByteLength(VM& vm, CallArgs& args) {
  return Value::fromInt64(int64_t(thisBuffer(vm, args.thisValue)->data.size()));
}

static Value arrayBufferSlice(VM& vm, CallArgs& args) {
  ArrayBufferObject* b = thisBuffer(vm, args.thisValue);
  Rooted rb(vm, args.thisValue);
  uint64_t len = b->data.size();
  uint64_t begin = relativeIndex(vm, args[0], len, 0);
  uint64_t end = relativeIndex(vm, args[1], len, len);
  uint64_t n = end > begin ? end - begin : 0;
  ArrayBufferObject* out = newBuffer(vm, n);
  if (n) std::memcpy(out->data.data(), thisBuffer(vm, rb)->data.data() + begin, n);
  return Value::cell(out);
}

static Value arrayBufferIsView(VM&, CallArgs& args) {
  return Value::boolean(isTypedArray(args[0]) || hasClassTag(args[0], ClassTag::DataView));
}

// ---------------------------------------------------------------------------------------------
// DataView: InternalObject [0] buffer, [1] byteOffset, [2] byteLength.

static Value dataViewConstructor(VM& vm, CallArgs& args) {
  if (!args.isConstructCall()) throwTypeError(vm, "Constructor DataView requires 'new'");
  if (!hasClassTag(args[0], ClassTag::ArrayBuffer)) throwTypeError(vm, "First argument to DataView constructor must be an ArrayBuffer");
  Rooted rb(vm, args[0]);
  double off = toIntegerOrInfinity(vm, args[1]);
  size_t bytes = thisBuffer(vm, rb)->data.size();
  if (off < 0 || off > double(bytes)) throwRangeError(vm, "Start offset " + numberToStdString(off) + " is outside the bounds of the buffer");
  double len = args[2].isUndefined() ? double(bytes) - off : toIntegerOrInfinity(vm, args[2]);
  if (len < 0 || off + len > double(bytes)) throwRangeError(vm, "Invalid DataView length " + numberToStdString(len));
  Object* proto = prototypeFromConstructor(vm, args.newTarget, asObject(jsRealm(vm).namedIntrinsics["proto:DataView"]));
  InternalObject* dv = newInternalObject(vm, ClassTag::DataView, proto, 3);
  dv->setInternal(0, rb);
  dv->setInternal(1, Value::fromDoubleNormalized(off));
  dv->setInternal(2, Value::fromDoubleNormalized(len));
  return Value::cell(dv);
}

static InternalObject* thisView(VM& vm, Value v) {
  if (!hasClassTag(v, ClassTag::DataView)) throwTypeError(vm, "Receiver is not a DataView");
  return static_cast<InternalObject*>(v.asCell());
}

// buffer 0, byteLength 1, byteOffset 2.
static Value dataViewGetter(VM& vm, CallArgs& args) {
  InternalObject* dv = thisView(vm, args.thisValue);
  int m = static_cast<NativeFunction*>(args.callee)->magic;
  return m == 0 ? dv->internal[0] : m == 1 ? dv->internal[2] : dv->internal[1];
}

// get (magic = kind) / set (magic = kind + 16).
static Value dataViewAccess(VM& vm, CallArgs& args) {
  int m = static_cast<NativeFunction*>(args.callee)->magic;
  bool set = m >= 16;
  TypedKind k = TypedKind(m & 15);
  InternalObject* dv = thisView(vm, args.thisValue);
  Rooted rdv(vm, args.thisValue);
  double idx = toIntegerOrInfinity(vm, args[0]);
  double value = set ? toNumber(vm, args[1]) : 0;
  bool little = toBoolean(set ? args[2] : args[1]);
  dv = thisView(vm, rdv);
  uint32_t es = elementSize(k);
  if (idx < 0 || idx + es > dv->internal[2].toDouble()) throwRangeError(vm, "Offset is outside the bounds of the DataView");
  ArrayBufferObject* b = static_cast<ArrayBufferObject*>(dv->internal[0].asCell());
  uint8_t* p = b->data.data() + size_t(dv->internal[1].toDouble() + idx);
  // Go through a scratch typed layout in host (little-endian) order.
  uint8_t tmp[8];
  TypedArrayObject scratch(vm.emptyShape(), nullptr, k);
  ArrayBufferObject scratchBuf(vm.emptyShape(), nullptr);
  scratchBuf.data.assign(8, 0);
  scratch.buffer = &scratchBuf;
  scratch.length = 1;
  if (set) {
    typedArraySetNumber(&scratch, 0, value);
    std::memcpy(tmp, scratchBuf.data.data(), es);
    if (!little) std::reverse(tmp, tmp + es);
    std::memcpy(p, tmp, es);
    return Value::undefined();
  }
  std::memcpy(tmp, p, es);
  if (!little) std::reverse(tmp, tmp + es);
  std::memcpy(scratchBuf.data.data(), tmp, es);
  return typedArrayGet(&scratch, 0);
}

static Value abstractTypedArrayConstructor(VM& vm, CallArgs&) {
  throwTypeError(vm, "Abstract class TypedArray not directly constructable");
}

TypedArrayObject* allocateTypedArray(VM& vm, TypedKind k, uint64_t len, Object* proto) {
  return allocateTyped(vm, k, len, proto);
}
TypedArrayObject* newTypedArrayView(VM& vm, TypedKind k, ArrayBufferObject* buf, uint32_t offset, uint32_t len,
                                    Object* proto) {
  return newTyped(vm, k, buf, offset, len, proto);
}

void installTypedArrays(VM& vm) {
  JsRealm& r = jsRealm(vm);
  // ArrayBuffer
  Object* abProto = newPlainObject(vm, r.objectPrototype);
  r.namedIntrinsics["proto:ArrayBuffer"] = Value::cell(abProto);
  NativeFunction* ab = defineConstructor(vm, "ArrayBuffer", arrayBufferConstructor, 1, abProto);
  defineNativeMethod(vm, ab, "isView", arrayBufferIsView, 1);
  defineNativeAccessor(vm, abProto, vm.intern("byteLength"), arrayBufferByteLength, nullptr);
  defineNativeMethod(vm, abProto, "slice", arrayBufferSlice, 2);
  defineValue(vm, abProto, r.symbols.toStringTag, Value::cell(vm.intern("ArrayBuffer")), kConfigurable);

  // %TypedArray%
  Object* taProto = newPlainObject(vm, r.objectPrototype);
  r.namedIntrinsics["proto:TypedArray"] = Value::cell(taProto);
  NativeFunction* ta = newNativeFunction(vm, abstractTypedArrayConstructor, "TypedArray", 0, true);
  r.namedIntrinsics["ctor:TypedArray"] = Value::cell(ta);
  defineValue(vm, ta, r.names.prototype, Value::cell(taProto), 0);
  defineValue(vm, taProto, r.names.constructor, Value::cell(ta));
  defineNativeMethod(vm, ta, "from", typedArrayFromOf, 1, 0);
  defineNativeMethod(vm, ta, "of", typedArrayFromOf, 0, 1);
  const char* getters[] = {"buffer", "byteLength", "byteOffset", "length"};
  for (int i = 0; i < 4; i++) {
    NativeFunction* g = newNativeFunction(vm, typedArrayGetter, std::string("get ") + getters[i], 0, false, i);
    Rooted rg(vm, Value::cell(g));
    Accessor* acc = vm.heap.make<Accessor>(rg.get(), Value::undefined());
    Rooted racc(vm, Value::cell(acc));
    Rooted key(vm, Value::cell(vm.intern(getters[i])));
    taProto->putDirect(vm, asString(key), racc, kConfigurable | kAccessor);
  }
  defineNativeAccessor(vm, taProto, r.symbols.toStringTag, typedArrayToStringTag, nullptr);
  defineNativeMethod(vm, taProto, "set", typedArraySetMethod, 1);
  defineNativeMethod(vm, taProto, "subarray", typedArraySubarray, 2);
  defineNativeMethod(vm, taProto, "slice", typedArraySlice, 2);
  defineNativeMethod(vm, taProto, "map", typedArrayMapFilter, 1, 0);
  defineNativeMethod(vm, taProto, "filter", typedArrayMapFilter, 1, 1);
  defineNativeMethod(vm, taProto, "sort", typedArraySort, 1);
  // The generic algorithms are shared with Array.prototype.
  for (const char* n : {"at", "copyWithin", "entries", "every", "fill", "find", "findIndex", "findLast",
                        "findLastIndex", "forEach", "includes", "indexOf", "join", "keys", "lastIndexOf",
                        "reduce", "reduceRight", "reverse", "some", "values", "toString", "toLocaleString"}) {
    Rooted key(vm, Value::cell(vm.intern(n)));
    uint32_t s = r.arrayPrototype->findOwn(asString(key));
    if (s != Shape::kNotFound) taProto->putDirect(vm, asString(key), r.arrayPrototype->slot(s), kWritable | kConfigurable);
  }
  defineValue(vm, taProto, r.symbols.iterator, r.arrayProtoValues);

  for (size_t i = 0; i < size_t(TypedKind::Count_); i++) {
    Object* proto = newPlainObject(vm, taProto);
    r.namedIntrinsics[std::string("proto:") + kKinds[i].name] = Value::cell(proto);
    NativeFunction* c = defineConstructor(vm, kKinds[i].name, typedArrayConstructor, 3, proto);
    c->magic = int32_t(i);
    r.namedIntrinsics[std::string("ctor:") + kKinds[i].name] = Value::cell(c);
    setPrototypeOf(vm, c, ta);
    defineValue(vm, c, "BYTES_PER_ELEMENT", Value::integer(int32_t(kKinds[i].size)), 0);
    defineValue(vm, proto, "BYTES_PER_ELEMENT", Value::integer(int32_t(kKinds[i].size)), 0);
  }

  // DataView
  Object* dvProto = newPlainObject(vm, r.objectPrototype);
  r.namedIntrinsics["proto:DataView"] = Value::cell(dvProto);
  defineConstructor(vm, "DataView", dataViewConstructor, 1, dvProto);
  const char* dvGetters[] = {"buffer", "byteLength", "byteOffset"};
  for (int i = 0; i < 3; i++) {
    NativeFunction* g = newNativeFunction(vm, dataViewGetter, std::string("get ") + dvGetters[i], 0, false, i);
    Rooted rg(vm, Value::cell(g));
    Accessor* acc = vm.heap.make<Accessor>(rg.get(), Value::undefined());
    Rooted racc(vm, Value::cell(acc));
    Rooted key(vm, Value::cell(vm.intern(dvGetters[i])));
    dvProto->putDirect(vm, asString(key), racc, kConfigurable | kAccessor);
  }
  const char* names[] = {"Int8", "Uint8", nullptr, "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64"};
  for (int i = 0; i < 9; i++) {
    if (!names[i]) continue;
    defineNativeMethod(vm, dvProto, std::string("get") + names[i], dataViewAccess, 1, i);
    defineNativeMethod(vm, dvProto, std::string("set") + names[i], dataViewAccess, 2, i + 16);
  }
  defineValue(vm, dvProto, r.symbols.toStringTag, Value::cell(vm.intern("DataView")), kConfigurable);
}

}  // namespace dualvm::js
