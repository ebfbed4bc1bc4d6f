// runtime/python/containers.h — Python's container types beyond the core object model: set and
// frozenset (set.cpp), bytes and bytearray (bytes.cpp), dict methods and views (dict.cpp), list
// and tuple methods (list.cpp), range and slice methods (range.cpp), and the hooks the generic
// paths of PyLanguage (repr, hash, len, operators, subscripts, `in`, iteration) call for them
// (containers.cpp). Sets are CPython's open-addressing table (same probe sequence, resize rules
// and hashes), so a set of ints iterates and prints in CPython's order; dict views are PyBoxes
// whose `a` is the dict.
#pragma once
#include <string>
#include "runtime/python/py_runtime.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

// bytes and bytearray: the bytes themselves.
class PyBytes final : public Object {
 public:
  PyBytes(Shape* s, Object* type, bool mutableBytes) : Object(s, type, CellKind::ObjectOther) {
    setClassTag(mutableBytes ? kTagByteArray : kTagBytes);
  }
  std::string data;
  size_t memoryBytes() const override { return sizeof(PyBytes) + data.capacity(); }
};
// bytes-like in the sense of the methods' arguments: bytes, bytearray (memoryview: bufferOf)
inline bool isBytesLike(Value v) {
  return isObject(v) && (asObject(v)->classTag() == kTagBytes || asObject(v)->classTag() == kTagByteArray);
}
inline bool isByteArray(Value v) { return isObject(v) && asObject(v)->classTag() == kTagByteArray; }
inline PyBytes* asBytes(Value v) { return static_cast<PyBytes*>(v.asCell()); }

// set and frozenset: CPython's setobject table. A slot is unused (key empty(), hash 0), a dummy
// left by a deletion (key undefined(), hash -1) or active.
class PySet final : public Object {
 public:
  struct Slot { Value key; int64_t hash; };
  PySet(Shape* s, Object* type, bool frozen) : Object(s, type, CellKind::ObjectOther) {
    setClassTag(frozen ? kTagFrozenSet : kTagSet);
    table.assign(8, Slot{Value::empty(), 0});
  }
  std::vector<Slot> table;  // size is a power of two (mask + 1)
  size_t fill = 0, used = 0, finger = 0;
  static bool active(const Slot& s) { return !s.key.isMagic(Magic::Empty) && !s.key.isUndefined(); }
  void trace(gc::Tracer& t) override { Object::trace(t); for (auto& s : table) traceValue(t, s.key); }
  size_t memoryBytes() const override { return sizeof(PySet) + table.capacity() * sizeof(Slot); }
};
inline PySet* asSet(Value v) { return static_cast<PySet*>(v.asCell()); }
inline bool isAnySet(Value v) {
  return isObject(v) && (asObject(v)->classTag() == kTagSet || asObject(v)->classTag() == kTagFrozenSet);
}
inline bool isDictView(Value v) {
  return isObject(v) && asObject(v)->classTag() >= kTagDictKeys && asObject(v)->classTag() <= kTagDictItems;
}

// A native method reached unbound (list.append(l, x), str.lower as a sort key) gets self as its
// first argument: make both forms look bound.
// An instance of a subclass of int/float/str gives its value (value_subclass.h).
inline void takeSelf(CallArgs& a) {
  if (a.thisValue.isUndefined() && a.argc > 0) { a.thisValue = a.argv[0]; a.argv++; a.argc--; }
  a.thisValue = builtinValue(a.thisValue);
}
// The keyword argument `name` of the native being called, or empty(); consumeKw forgets them
// (a native that calls back into other natives must not leak its keywords to them).
Value kwArg(PyLanguage& P, const char* name);
void consumeKw(PyLanguage& P, const char* fn, std::initializer_list<const char*> allowed);

// ---- constructors and helpers shared by the container files ----
Value newSet(PyLanguage& P, PyType* type);                  // empty set/frozenset (or subclass)
void setAdd(PyLanguage& P, Value set, Value v);
void setUpdate(PyLanguage& P, Value set, Value iterable);   // adds every item of iterable
bool setHas(PyLanguage& P, Value set, Value v);
Value newBytes(PyLanguage& P, const std::string& data, bool mutableBytes = false);
Value bytesFromObject(PyLanguage& P, Value src, bool mutableBytes);  // bytes(x) / bytearray(x)
void sortValues(PyLanguage& P, RootedVector& items, Value key, bool reverse);  // stable
int64_t rangeLen(PyLanguage& P, PyBox* r);  // OverflowError past int64, as len()
// range.cpp (pynum): ranges over big ints
Value rangeLenValue(PyLanguage& P, PyBox* r);               // the length as a Python int
Value newRange(PyLanguage& P, const Value* argv, uint32_t argc);  // range(...)
bool rangeContains(PyLanguage& P, PyBox* r, Value key);
Value rangeReversed(PyLanguage& P, PyBox* r);               // the range reversed(r) walks
Value indexInt(PyLanguage& P, Value v);                     // operator.index(v): an int, or TypeError

// ---- hooks of the generic paths (containers.cpp) ----
void installContainers(PyLanguage& P);
std::string containerRepr(PyLanguage& P, Value v);  // also list, tuple, dict (recursion-safe)
int64_t containerHash(PyLanguage& P, Value v);      // frozenset, bytes, tuple; unhashable others
int64_t containerLen(PyLanguage& P, Value v);
// `a op b`; notImplemented when neither operand is one of ours or the types do not combine.
Value containerBinary(PyLanguage& P, BinaryOp op, Value a, Value b);
Value containerInplace(PyLanguage& P, BinaryOp op, Value a, Value b);  // notImplemented if not ours
Value containerCompare(PyLanguage& P, CompareOp op, Value a, Value b); // notImplemented if not ours
Value containerGetItem(PyLanguage& P, Value obj, Value key);           // also range
void containerSetItem(PyLanguage& P, Value obj, Value key, Value v);
void containerDelItem(PyLanguage& P, Value obj, Value key);
bool containerContains(PyLanguage& P, Value obj, Value key);
// iter(x) for list, tuple, str, range, dict and ours, with CPython's iterator type names
Value containerIter(PyLanguage& P, Value v);
// PyIter::Bytes is the kind this file serves: bytes/bytearray, set and iter(callable, sentinel)
// iterators, told apart by their source.
Value containerIterNext(PyLanguage& P, PyIter* it, bool* done);
Value containerReversed(PyLanguage& P, Value v);  // reversed(x); empty() when x is not ours
Value callableIter(PyLanguage& P, Value callable, Value sentinel);  // iter(callable, sentinel)

// per-type installers (called by installContainers)
void installSet(PyLanguage& P);
void installBytes(PyLanguage& P);
void installDict(PyLanguage& P);
void installList(PyLanguage& P);
void installRange(PyLanguage& P);
void installMemoryView(PyLanguage& P);
// A read-only attribute (a property with a native getter) on a builtin type.
void defGetter(PyLanguage& P, PyType* ty, const char* name, NativeFn fn, int magic);

// memoryview (memoryview.cpp): a PyBox whose a is the bytes/bytearray (None once released),
// b the offset and c the length of the viewed bytes.
inline bool isMemoryView(Value v) { return isObject(v) && asObject(v)->classTag() == kTagMemoryView; }
std::string memoryviewData(PyLanguage& P, Value mv);  // the viewed bytes (ValueError if released)
bool memoryviewBytes(Value mv, std::string& out);     // the viewed bytes; false if released

}  // namespace dualvm::py
