// CellKind: the runtime's catalogue of heap cell types, stored in gc::Cell::kind so hot paths can
// test a cell's type with one byte compare. Language libraries add object classes as subclasses
// of Object (kind Object or one of the object kinds below) rather than new top-level kinds.
#pragma once
#include <cstdint>

namespace dualvm {

enum class CellKind : uint8_t {
  String,
  Symbol,
  BigInt,
  Shape,
  FunctionProto,   // a linked bytecode function (not callable by itself)
  Environment,     // a heap scope for captured variables
  Accessor,        // getter/setter pair stored in an accessor property's slot
  Internal,        // other runtime-private cells (iterators' state, module records, ...)
  // Everything from here on is an Object (isObjectKind).
  Object,
  Array,
  Closure,         // a script function: FunctionProto + Environment
  NativeFunction,  // a C++ function
  BoundFunction,
  Generator,
  ObjectOther,     // any other Object subclass defined by a language library
};

inline bool isObjectKind(uint8_t k) { return k >= uint8_t(CellKind::Object); }
inline bool isFunctionKind(uint8_t k) {
  return k == uint8_t(CellKind::Closure) || k == uint8_t(CellKind::NativeFunction) ||
         k == uint8_t(CellKind::BoundFunction);
}

}  // namespace dualvm
