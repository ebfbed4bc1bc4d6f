// runtime/js/typed_arrays.h — ArrayBuffer, the typed arrays (Int8 ... Float64, Uint8Clamped)
// and DataView. A typed array is an integer-indexed exotic object: object_ops.cpp asks
// typedArrayGet/typedArraySet for canonical index keys, js_language.cpp for int element keys.
#pragma once
#include <cstdint>
#include <vector>
#include "runtime/js/realm.h"

namespace dualvm::js {

class ArrayBufferObject final : public Object {
 public:
  ArrayBufferObject(Shape* s, Object* proto) : Object(s, proto, CellKind::ObjectOther) {
    setClassTag(uint16_t(ClassTag::ArrayBuffer));
  }
  std::vector<uint8_t> data;
  size_t memoryBytes() const override { return Object::memoryBytes() + data.capacity(); }
};

enum class TypedKind : uint8_t { Int8, Uint8, Uint8Clamped, Int16, Uint16, Int32, Uint32, Float32, Float64, Count_ };

class TypedArrayObject final : public Object {
 public:
  TypedArrayObject(Shape* s, Object* proto, TypedKind kind)
      : Object(s, proto, CellKind::ObjectOther), kind(kind) {
    setClassTag(uint16_t(ClassTag::TypedArray));
  }
  TypedKind kind;
  ArrayBufferObject* buffer = nullptr;
  uint32_t byteOffset = 0;
  uint32_t length = 0;  // elements
  void trace(gc::Tracer& t) override { Object::trace(t); t.mark(buffer); }
  size_t memoryBytes() const override { return Object::memoryBytes(); }
};

inline bool isTypedArray(Value v) { return hasClassTag(v, ClassTag::TypedArray); }
inline TypedArrayObject* asTypedArray(Value v) { return static_cast<TypedArrayObject*>(v.asCell()); }

// Element access (index must be < length): the element as a Number Value / store with the
// element type's conversion (ToNumber already applied by the caller: pass a number).
Value typedArrayGet(const TypedArrayObject* ta, uint32_t index);
void typedArraySetNumber(TypedArrayObject* ta, uint32_t index, double v);
// Store with ToNumber (may call user code).
void typedArraySet(VM& vm, TypedArrayObject* ta, uint32_t index, Value v);

// A fresh zero-filled typed array of len elements / a view on buf's bytes (no copy); proto null:
// the kind's prototype. RangeError past the engine's limits.
TypedArrayObject* allocateTypedArray(VM& vm, TypedKind k, uint64_t len, Object* proto = nullptr);
TypedArrayObject* newTypedArrayView(VM& vm, TypedKind k, ArrayBufferObject* buf, uint32_t offset, uint32_t len,
                                    Object* proto = nullptr);

void installTypedArrays(VM& vm);

}  // namespace dualvm::js
