// Object: the heap object of both languages — a shape, a prototype, slots for named properties,
// and (for arrays and lists) dense element storage. Also the small cells objects point to:
// Accessor (getter/setter pair) and Environment (a heap scope for captured variables).
//
// Storage is language-neutral; what a property access *means* (prototype chain vs MRO and
// descriptors, array exotic length, primitive wrappers) is each language library's business
// (runtime/js, runtime/python), reached through runtime/language.h.
#pragma once
#include <cstdint>
#include <vector>
#include "gc/cell.h"
#include "gc/heap.h"
#include "runtime/cell_kind.h"
#include "runtime/shape.h"
#include "runtime/value.h"

namespace dualvm {

class VM;

inline void traceValue(gc::Tracer& t, Value v) {
  if (v.isCell()) t.mark(v.asCell());
}
// The single write barrier for Values (DESIGN.md "Garbage collector").
inline void writeBarrier(gc::Cell* owner, Value v) {
  if (v.isCell()) gc::writeBarrier(owner, v.asCell());
}

class Object : public gc::Cell {
 public:
  Object(Shape* shape, Object* proto, CellKind kind = CellKind::Object)
      : gc::Cell(uint8_t(kind)), shape_(shape), proto_(proto) {}

  Shape* shape() const { return shape_; }
  Object* proto() const { return proto_; }
  void setProto(Object* p) { gc::writeBarrier(this, p); proto_ = p; }
  bool isExtensible() const { return extensible_; }
  void preventExtensions() { extensible_ = false; }
  // Swap in another shape with the same entries (e.g. a fresh dictionary copy so inline caches
  // keyed by the old shape miss). Added by jslib.
  void replaceShape(Shape* s) { gc::writeBarrier(this, s); shape_ = s; }
  // A language library's own class tag for ObjectOther objects (e.g. Map, Date, list, dict).
  uint16_t classTag() const { return classTag_; }
  void setClassTag(uint16_t t) { classTag_ = t; }

  // --- own named properties (raw storage: no prototype walk, no accessor calls) ---
  uint32_t findOwn(PropertyKey key) const { return shape_->lookup(key); }
  Value slot(uint32_t i) const { return slots_[i]; }
  void setSlot(uint32_t i, Value v) { writeBarrier(this, v); slots_[i] = v; }
  uint8_t attrsAt(uint32_t i) const { return shape_->entry(i).attrs; }
  PropertyKey keyAt(uint32_t i) const { return shape_->entry(i).key; }
  uint32_t propertyCount() const { return shape_->count(); }
  // Append a property (the key must not exist). May allocate a shape: the caller roots `value`.
  void addProperty(VM& vm, PropertyKey key, Value value, uint8_t attrs = kDefaultAttrs);
  // Remove an own property if present (moves the object to dictionary mode). Returns true if found.
  bool removeProperty(VM& vm, PropertyKey key);
  void setAttrs(VM& vm, uint32_t slot, uint8_t attrs);
  // Set or add a plain data property with default attributes (no setters, no checks).
  void putDirect(VM& vm, PropertyKey key, Value value, uint8_t attrs = kDefaultAttrs);
  // Inline-cache add (InlineCache::AddSlot): the caller checked shape() == the cached old shape,
  // so `next` is that shape's transition and the new slot is the last one.
  void appendSlotWithShape(Shape* next, Value value) {
    writeBarrier(this, value);
    slots_.push_back(value);
    shape_ = next;
  }

  void trace(gc::Tracer&) override;
  size_t memoryBytes() const override { return sizeof(Object) + slots_.capacity() * sizeof(Value); }

 protected:
  Shape* shape_;
  Object* proto_;
  std::vector<Value> slots_;
  uint16_t classTag_ = 0;
  bool extensible_ = true;
};

inline bool isObject(Value v) { return v.isCell() && isObjectKind(v.asCell()->kind); }
inline Object* asObject(Value v) { return static_cast<Object*>(v.asCell()); }
inline bool isKind(Value v, CellKind k) { return v.isCell() && v.asCell()->kind == uint8_t(k); }

// Dense element storage: JS Array and (later) Python list. Holes are Value::hole().
class ArrayObject : public Object {
 public:
  ArrayObject(Shape* shape, Object* proto) : Object(shape, proto, CellKind::Array) {}
  std::vector<Value> elements;
  // The interpreter's element fast paths (in-bounds read of a non-hole, in-bounds write) apply
  // only while this is true; a language library clears it when elements stop being plain
  // writable data (frozen, sealed, non-writable length, accessors on indices).
  bool fastElements = true;
  bool lengthWritable = true;

  void setElement(uint32_t i, Value v) { writeBarrier(this, v); elements[i] = v; }
  void push(Value v) { writeBarrier(this, v); elements.push_back(v); }
  void trace(gc::Tracer&) override;
  size_t memoryBytes() const override {
    return Object::memoryBytes() + elements.capacity() * sizeof(Value);
  }
};

inline bool isArray(Value v) { return isKind(v, CellKind::Array); }
inline ArrayObject* asArray(Value v) { return static_cast<ArrayObject*>(v.asCell()); }

// The slot value of an accessor property.
class Accessor final : public gc::Cell {
 public:
  Accessor(Value getter, Value setter)
      : gc::Cell(uint8_t(CellKind::Accessor)), getter(getter), setter(setter) {}
  Value getter;  // a callable or undefined
  Value setter;
  void trace(gc::Tracer& t) override { traceValue(t, getter); traceValue(t, setter); }
  size_t memoryBytes() const override { return sizeof(Accessor); }
};

// A heap scope: the variables of one scope that some closure captures. `scopeInfo` is a
// compiler-made constant (names of the slots) used by direct eval and debugging; may be undefined.
// evalVars: the `var`s a sloppy direct eval declared in this (function) scope at run time — a
// null-prototype object created on first use; GetName/SetName look there after the slots.
class Environment final : public gc::Cell {
 public:
  Environment(Environment* parent, uint32_t size, Value scopeInfo)
      : gc::Cell(uint8_t(CellKind::Environment)), parent(parent), slots(size, Value::uninitialized()),
        scopeInfo(scopeInfo) {}
  Environment* parent;
  std::vector<Value> slots;
  Value scopeInfo;
  Object* evalVars = nullptr;
  void set(uint32_t i, Value v) { writeBarrier(this, v); slots[i] = v; }
  void trace(gc::Tracer& t) override;
  size_t memoryBytes() const override { return sizeof(Environment) + slots.capacity() * sizeof(Value); }
};

// Class tag of a scope-info array (link.cpp) whose environment is a var scope (ScopeInfo::varScope).
constexpr uint16_t kVarScopeInfoTag = 0x0E01;

}  // namespace dualvm
