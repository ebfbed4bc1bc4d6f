// runtime/js/object_ops.h — the JS object model on top of the shared Object storage: ordinary
// [[GetOwnProperty]], [[DefineOwnProperty]], [[Get]], [[Set]], [[Delete]], [[OwnPropertyKeys]]
// with property descriptors, plus the exotic behaviours of arrays (index elements + length),
// string wrappers (index/length), arguments objects and lazily created function `prototype`s.
//
// All functions take rooted arguments. A PropertyKey is an interned String* or a Symbol*;
// integer-like string keys of arrays and string wrappers are recognised here.
//
// Inline-cache invariant relied on by the interpreter (documented in js_language.cpp): a shape
// pointer identifies the key->slot layout AND attributes of an object. Tree shapes are immutable;
// dictionary shapes only ever *append* keys in place — deleting a key or changing attributes on a
// dictionary-mode object swaps in a fresh dictionary shape first (refreshDictionary below).
#pragma once
#include <cstdint>
#include "runtime/js/realm.h"

namespace dualvm::js {

struct PropertyDescriptor {
  Value value = Value::undefined();
  Value getter = Value::undefined();
  Value setter = Value::undefined();
  bool hasValue = false, hasGet = false, hasSet = false;
  bool hasWritable = false, hasEnumerable = false, hasConfigurable = false;
  bool writable = false, enumerable = false, configurable = false;
  bool isAccessor() const { return hasGet || hasSet; }
  bool isData() const { return hasValue || hasWritable; }
  static PropertyDescriptor data(Value v, uint8_t attrs) {
    PropertyDescriptor d;
    d.value = v; d.hasValue = true;
    d.hasWritable = d.hasEnumerable = d.hasConfigurable = true;
    d.writable = attrs & kWritable; d.enumerable = attrs & kEnumerable;
    d.configurable = attrs & kConfigurable;
    return d;
  }
  uint8_t attrs() const {
    return (writable ? kWritable : 0) | (enumerable ? kEnumerable : 0) |
           (configurable ? kConfigurable : 0) | (isAccessor() ? kAccessor : 0);
  }
};

// A descriptor's Values are not rooted by the struct: hold one across allocation inside a
// RootedDescriptor.
class RootedDescriptor {
 public:
  explicit RootedDescriptor(VM& vm) : roots_(vm) { roots_.resize(3); }
  PropertyDescriptor& get() { return d_; }
  void sync() { roots_[0] = d_.value; roots_[1] = d_.getter; roots_[2] = d_.setter; }
  PropertyDescriptor d_;
 private:
  RootedVector roots_;
};

// ---- own properties ----
// [[GetOwnProperty]]. Fills *out (values unrooted) and returns true if the property exists.
bool getOwnProperty(VM& vm, Object* o, PropertyKey key, PropertyDescriptor* out);
// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor). Returns false on rejection, or
// throws TypeError ("Cannot redefine property: x", "Cannot define property x, object is not
// extensible") when shouldThrow.
bool defineOwnProperty(VM& vm, Object* o, PropertyKey key, const PropertyDescriptor& desc,
                       bool shouldThrow);
// CreateDataProperty (default attrs), CreateDataPropertyOrThrow.
bool createDataProperty(VM& vm, Object* o, PropertyKey key, Value v, bool shouldThrow = true);
// [[Delete]]: false when non-configurable (throws TypeError in strict mode when shouldThrow).
bool deleteProperty(VM& vm, Object* o, PropertyKey key, bool shouldThrow);
// [[OwnPropertyKeys]]: integer keys ascending, then strings in creation order, then symbols.
// Appends Values (String or Symbol cells; index keys as interned strings) to out.
void ownPropertyKeys(VM& vm, Object* o, RootedVector& out, bool includeStrings = true,
                     bool includeSymbols = true);
// Own enumerable string keys in order (Object.keys / for-in / JSON).
void ownEnumerableStringKeys(VM& vm, Object* o, RootedVector& out);

// ---- through the prototype chain ----
// [[Get]] with receiver (getters called with receiver).
Value getProperty(VM& vm, Value obj, PropertyKey key);
Value getPropertyFromObject(VM& vm, Object* o, PropertyKey key, Value receiver);
// [[Set]] with receiver; returns false on failure (throws TypeError when shouldThrow).
bool setProperty(VM& vm, Value obj, PropertyKey key, Value v, Value receiver, bool shouldThrow);
bool hasProperty(VM& vm, Object* o, PropertyKey key);
bool hasOwnProperty(VM& vm, Object* o, PropertyKey key);
// Element access by index on any object (fast for arrays).
Value getIndex(VM& vm, Value obj, uint64_t index);
void setIndex(VM& vm, Value obj, uint64_t index, Value v, bool shouldThrow = true);
// [[SetPrototypeOf]]: false on cycles or non-extensible targets.
bool setPrototypeOf(VM& vm, Object* o, Object* proto);
// [[PreventExtensions]], SetIntegrityLevel, TestIntegrityLevel.
void preventExtensions(VM& vm, Object* o);
void setIntegrityLevel(VM& vm, Object* o, bool frozen);
bool testIntegrityLevel(VM& vm, Object* o, bool frozen);

// ---- arrays and array-likes ----
ArrayObject* newArray(VM& vm, uint32_t capacity = 0);
ArrayObject* createArrayFromList(VM& vm, const Value* items, size_t n);
uint64_t lengthOfArrayLike(VM& vm, Value obj);
// ArraySetLength: truncation/extension; false if length is not writable.
bool arraySetLength(VM& vm, ArrayObject* a, uint64_t newLength, bool shouldThrow);
// Arrays larger than this many elements throw RangeError "Invalid array length".
constexpr uint64_t kMaxDenseLength = uint64_t(1) << 28;
// Record an integer key defined on Array.prototype / Object.prototype (realm flag).
void notePrototypeIndexKey(VM& vm, Object* o, PropertyKey key);
// Drop fastElements when an array's elements stop being plain writable data.
void makeElementsSlow(ArrayObject* a);

// ---- descriptors as objects ----
Value fromPropertyDescriptor(VM& vm, const PropertyDescriptor& d);
void toPropertyDescriptor(VM& vm, Value obj, PropertyDescriptor* out);  // TypeError if not an object

// ---- property storage helpers ----
// Swap a dictionary-mode object's shape for a fresh copy (see the invariant above).
void refreshDictionary(VM& vm, Object* o);
// Materialise lazily created own properties (a function's `prototype`) before inspecting o.
void materializeLazyProperties(VM& vm, Object* o);
constexpr uint16_t kLazyPrototypeFlag = 0x100;  // Cell::cellFlags bit on Closures
// Error objects: the `stack` slot holds only the "\n    at ..." frames; the "Name: message"
// header is prepended on first access (V8 formats the stack lazily, so `this.name = ...` in a
// subclass constructor shows in it).
constexpr uint16_t kLazyStackFlag = 0x800;
constexpr uint16_t kLazyPropertiesMask = kLazyPrototypeFlag | kLazyStackFlag;
// The header line of an error's stack (errors.cpp).
std::string errorStackHeader(VM& vm, Object* error);

}  // namespace dualvm::js
