// Functions: the linked bytecode (FunctionProto), the callable objects (Closure for script
// functions, NativeFunction for C++ ones, BoundFunction), and the calling convention for natives.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>
#include "runtime/object.h"
#include "runtime/string.h"
#include "shared-ir/ir.h"

namespace dualvm {

class Language;
class VM;

// An inline cache: one per caching instruction (ir C operand). What each instruction keeps here
// is the interpreter's business; the JIT reads the same entries to specialise a trace.
// The interpreter only *executes* cached decisions; the language's slow path (which knows what
// the access means) fills the cache when the result is cacheable.
struct InlineCache {
  enum Kind : uint8_t {
    Empty,
    OwnSlot,        // get/set: receiver->shape() == shape -> slot `slot` (set: data, writable)
    ProtoSlot,      // get: receiver shape == shape, holder->shape() == holderShape -> holder slot
                    //      (valid while the chain between them is unchanged: shape + holder identity)
    AddSlot,        // set: receiver shape == shape -> append, new shape `newShape`, slot `slot`
    ArrayLength,    // get: receiver is an ArrayObject -> its element count
    StringLength,   // get: receiver is a String -> its length in the language's units
    GlobalSlot,     // get/set global: holder (the global object) shape == holderShape -> slot
    Megamorphic,    // stop trying
    // Class-based caches (added by pyperf for Python; docs/decisions.md D11). Guard: receiver is
    // an Object with shape() == shape, proto() == proto, and vm.classEpoch == epoch (the language
    // bumps VM::classEpoch whenever a class's attributes change).
    TypedOwnSlot,   // get/set: the receiver's own slot `slot`
    TypedAddSlot,   // set: append with new shape `newShape` (slot `slot`)
    TypedClassSlot, // get / GetMethod: the value is holder->slot(slot) (a plain class attribute)
    TypedMethod,    // GetMethod: callee = holder->slot(slot), self = the receiver; when shape is
                    // null the receiver is a String (proto unused)
    // Python globals (pyperf): get: holder->slot(slot) while proto (the module) has shape `shape`
    // at version `epoch` and holder (the module itself, or the builtins namespace) has
    // `holderShape` at version `holderVersion` (Shape::version: dictionary shapes change in
    // place). The module's shape proves the name is not a module global; set: holder == proto.
    VersionedGlobal,
    // Python attributes read on a class itself (pyperf): the receiver is the class `proto`
    // (identity) and vm.classEpoch == epoch. get: the value is `holder` (an object the class
    // attribute read returns unchanged, or a staticmethod's function); GetMethod: callee =
    // holder, self = the receiver class when slot == 1 (a classmethod's function), else the hole.
    TypedClassObject,
    // The same guard; the value is holder->slot(slot) (plain data such as ints and strings found
    // in the class's MRO; GetMethod: self is the hole).
    TypedClassData,
  };
  Kind kind = Empty;
  Shape* shape = nullptr;
  Object* holder = nullptr;
  Shape* holderShape = nullptr;
  Shape* newShape = nullptr;
  uint32_t slot = 0;
  uint32_t misses = 0;
  Object* proto = nullptr;  // Typed* kinds: the receiver's expected prototype (Python: its class)
  uint32_t epoch = 0;       // Typed* kinds: VM::classEpoch when filled
  uint32_t holderVersion = 0;  // VersionedGlobal: holderShape->version() when filled
  // Polymorphic sites (pyperf): kPolyEntries earlier Typed* decisions of this site, kept by the
  // interpreter when the language refills the cache for another receiver class; owned by the
  // FunctionProto (polyCaches). Null until the site first sees a second class.
  static constexpr uint32_t kPolyEntries = 4;
  InlineCache* poly = nullptr;
};

// A linked ir::Function: code plus heap-materialised constants.
class FunctionProto final : public gc::Cell {
 public:
  explicit FunctionProto(std::shared_ptr<const ir::Function> f)
      : gc::Cell(uint8_t(CellKind::FunctionProto)), ir(std::move(f)) {}
  std::shared_ptr<const ir::Function> ir;  // owns the code; nested ir functions live inside it
  const uint32_t* code() const { return ir->code.data(); }
  std::vector<Value> constants;            // constant i materialised (names interned)
  std::vector<FunctionProto*> children;    // nested functions, linked lazily or eagerly
  std::vector<InlineCache> caches;
  std::vector<std::unique_ptr<InlineCache[]>> polyCaches;  // the InlineCache::poly arrays
  Language* language = nullptr;
  String* name = nullptr;
  uint32_t hotCount = 0;                   // function-entry counter for the JIT
  // The namespace GetGlobal/SetGlobal resolve against, for languages with per-module globals
  // (Python: the module object, or a dict given to exec/eval). Null means the language's default.
  // Per proto, not per closure, so a GlobalSlot cache always sees the same holder.
  Object* globals = nullptr;
  void trace(gc::Tracer&) override;
  size_t memoryBytes() const override {
    return sizeof(FunctionProto) + constants.capacity() * sizeof(Value) +
           (caches.capacity() + polyCaches.size() * InlineCache::kPolyEntries) * sizeof(InlineCache);
  }
};

// Arguments of a native call. argv points into the VM value stack, so the values are rooted.
struct CallArgs {
  Value thisValue;
  Value newTarget;   // undefined unless called as a constructor
  Value* argv;
  uint32_t argc;
  Object* callee;
  Value operator[](uint32_t i) const { return i < argc ? argv[i] : Value::undefined(); }
  bool isConstructCall() const { return !newTarget.isUndefined(); }
};
// A native returns its result, or throws with VM::throwValue (never returns Value::exception()).
using NativeFn = Value (*)(VM&, CallArgs&);

class Closure final : public Object {
 public:
  Closure(Shape* shape, Object* proto, FunctionProto* fn, Environment* env)
      : Object(shape, proto, CellKind::Closure), fn(fn), env(env) {}
  FunctionProto* fn;
  Environment* env;
  Value homeObject;       // for super: the object a method was defined on
  Value fieldInit;        // class constructors: closure that initialises instance fields
  void trace(gc::Tracer&) override;
};

class NativeFunction final : public Object {
 public:
  NativeFunction(Shape* shape, Object* proto, NativeFn fn, Language* lang)
      : Object(shape, proto, CellKind::NativeFunction), fn(fn), language(lang) {}
  NativeFn fn;
  Language* language;
  Value data;             // per-function datum (e.g. a bound target, a promise resolver's state)
  Value data2;
  int32_t magic = 0;      // lets one C++ function serve several builtins
  bool isConstructor = false;
  void trace(gc::Tracer&) override;
};

class BoundFunction final : public Object {
 public:
  BoundFunction(Shape* shape, Object* proto, Value target, Value boundThis)
      : Object(shape, proto, CellKind::BoundFunction), target(target), boundThis(boundThis) {}
  Value target;
  Value boundThis;
  std::vector<Value> boundArgs;
  void trace(gc::Tracer&) override;
};

inline bool isClosure(Value v) { return isKind(v, CellKind::Closure); }
inline Closure* asClosure(Value v) { return static_cast<Closure*>(v.asCell()); }
inline bool isNativeFunction(Value v) { return isKind(v, CellKind::NativeFunction); }
inline NativeFunction* asNativeFunction(Value v) { return static_cast<NativeFunction*>(v.asCell()); }

}  // namespace dualvm
