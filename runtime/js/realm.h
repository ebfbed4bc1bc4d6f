// runtime/js/realm.h — the JavaScript realm: every intrinsic object, well-known symbol and
// interned name the JS library needs, the microtask queue, and the hooks the event loop and
// `process` use. One JsRealm per VM, owned by the JsLanguage registered for
// ir::Language::JavaScript; reach it with jsRealm(vm).
//
// Interned strings are WEAK in the VM (VM::sweepWeak drops unmarked ones): a key returned by
// vm.intern(...) must be rooted before anything else allocates — `f(vm.intern("k"), makeX())` is
// unsafe; the object_ops functions root the keys they receive for their own duration.
//
// Rooting: the realm is a gc::RootSource (registered on the heap when created), so every Object*,
// Symbol*, String* and Value field below, the microtask queue and the template-object cache stay
// alive. Library code adding intrinsics of its own stores them here (the pre-declared fields) or
// in `libraryRoots` / `namedIntrinsics`.
//
// Class tags (Object::classTag) tell ordinary-looking objects apart: Error instances (kind Object,
// tag Error), primitive wrappers, arguments objects, and every ObjectOther subclass of the
// library (Map, Set, Promise, Date, RegExp, iterators ...). Inspectors (console.log, toString)
// ask the tag, never a dynamic_cast.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include "gc/heap.h"
#include "runtime/function.h"
#include "runtime/js/lookup_cache.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/value.h"
#include "runtime/vm.h"

namespace dualvm::js {

// Object::classTag values of the JS library. 0 = ordinary object with no internal slots.
enum class ClassTag : uint16_t {
  None = 0,
  Error,            // kind Object: has [[ErrorData]]
  Arguments,        // kind Object: an arguments object
  BooleanObject,    // InternalObject, internal[0] = the boolean
  NumberObject,     // InternalObject, internal[0] = the number
  StringObject,     // InternalObject, internal[0] = the String (index/length exotic)
  SymbolObject,     // InternalObject, internal[0] = the Symbol
  BigIntObject,     // InternalObject, internal[0] = the BigInt
  ArrayIterator,    // InternalObject: [0] iterated object, [1] next index (int), [2] kind (0 keys, 1 values, 2 entries)
  ForInIterator,    // InternalObject used by forInStart/forInNext (never visible to scripts)
  IteratorRecord,   // InternalObject {iterator, next} made by getIterator (never visible)
  Promise,          // PromiseObject (promise_core.h)
  AsyncFromSyncIterator,
  // Reserved for the standard library (jsstd): their classes set these tags.
  Map, Set, WeakMap, WeakSet, WeakRef,
  MapIterator, SetIterator, StringIterator, RegExpStringIterator,
  RegExp, Date, ArrayBuffer, DataView, TypedArray, Proxy, FinalizationRegistry,
  Module,
  Timer,
  FirstFree = 64,   // further library classes number from here
};

inline bool hasClassTag(Value v, ClassTag t) {
  return isObject(v) && asObject(v)->classTag() == uint16_t(t);
}

// An object with a few internal slots ([[BooleanData]], iterator state, ...): kind ObjectOther.
class InternalObject : public Object {
 public:
  InternalObject(Shape* shape, Object* proto, ClassTag tag, uint32_t slots)
      : Object(shape, proto, CellKind::ObjectOther), internal(slots) {
    setClassTag(uint16_t(tag));
  }
  std::vector<Value> internal;
  void setInternal(uint32_t i, Value v) { writeBarrier(this, v); internal[i] = v; }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    for (Value v : internal) traceValue(t, v);
  }
  size_t memoryBytes() const override {
    return Object::memoryBytes() + internal.capacity() * sizeof(Value);
  }
};

// The NativeError family, in one order used to index the realm's error tables.
enum class ErrorType : uint8_t {
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError,
  Count_
};
const char* errorTypeName(ErrorType t);

// A queued job (ECMAScript Job / node microtask). Fields are Values so the queue is traceable.
struct Microtask {
  enum Kind : uint8_t {
    CallFunction,          // call a() with no arguments (queueMicrotask)
    PromiseReaction,       // promise_core: a = handler, b = argument, c = capability promise,
                           //   d = capability resolve, e = capability reject, flags = 1 if reject
    PromiseResolveThenable // promise_core: a = promise, b = thenable, c = then function
  };
  Kind kind;
  uint8_t flags = 0;
  Value a, b, c, d, e;
};

// Common interned property names (all String*, interned at realm creation).
struct JsNames {
#define DUALVM_JS_NAMES(X)                                                                     \
  X(length) X(prototype) X(constructor) X(name) X(message) X(stack) X(cause) X(errors)       \
  X(next) X(done) X(value) X(writable) X(enumerable) X(configurable) X(get) X(set)            \
  X(toString) X(valueOf) X(toJSON) X(then) X(callee) X(caller) X(arguments) X(raw) X(index)  \
  X(input) X(groups) X(join) X(lastIndex) X(return_) X(throw_) X(default_) X(proto)          \
  X(globalThis) X(undefined) X(NaN) X(Infinity) X(eval) X(anonymous) X(empty) X(size)       \
  X(description) X(source) X(flags) X(add) X(has) X(keys) X(values) X(entries)        \
  X(exports)
#define DUALVM_JS_NAME_FIELD(n) String* n = nullptr;
  DUALVM_JS_NAMES(DUALVM_JS_NAME_FIELD)
#undef DUALVM_JS_NAME_FIELD
};

// Well-known symbols.
struct JsSymbols {
#define DUALVM_JS_SYMBOLS(X)                                                                   \
  X(iterator) X(asyncIterator) X(hasInstance) X(toPrimitive) X(toStringTag) X(species)        \
  X(isConcatSpreadable) X(unscopables) X(match) X(matchAll) X(replace) X(search) X(split)
#define DUALVM_JS_SYMBOL_FIELD(n) Symbol* n = nullptr;
  DUALVM_JS_SYMBOLS(DUALVM_JS_SYMBOL_FIELD)
#undef DUALVM_JS_SYMBOL_FIELD
};

struct JsRealm final : gc::RootSource {
  explicit JsRealm(VM& vm);
  ~JsRealm() override;
  JsRealm(const JsRealm&) = delete;

  VM& vm;
  JsNames names;
  JsSymbols symbols;

  // ---- the global object ----
  Object* global = nullptr;           // globalThis (dictionary-shaped, see js_language.cpp)
  Object* globalLexicals = nullptr;   // top-level let/const/class of scripts (declarative)

  // ---- fundamental objects ----
  Object* objectPrototype = nullptr;
  Object* functionPrototype = nullptr;  // a NativeFunction returning undefined, as the spec says
  Object* arrayPrototype = nullptr;     // an ArrayObject, as the spec says
  Object* objectConstructor = nullptr;
  Object* functionConstructor = nullptr;
  Object* arrayConstructor = nullptr;
  Object* errorPrototypes[size_t(ErrorType::Count_)] = {};
  Object* errorConstructors[size_t(ErrorType::Count_)] = {};
  Object* symbolPrototype = nullptr;
  Object* symbolConstructor = nullptr;
  Object* booleanPrototype = nullptr;
  Object* booleanConstructor = nullptr;
  Object* stringPrototype = nullptr;    // jsstd fills methods; created here (wrappers need it)
  Object* stringConstructor = nullptr;
  Object* numberPrototype = nullptr;
  Object* numberConstructor = nullptr;
  Object* bigintPrototype = nullptr;

  // ---- iteration, generators, async ----
  Object* iteratorPrototype = nullptr;          // %IteratorPrototype%
  Object* asyncIteratorPrototype = nullptr;     // %AsyncIteratorPrototype%
  Object* arrayIteratorPrototype = nullptr;
  Object* generatorFunctionPrototype = nullptr; // %GeneratorFunction.prototype%
  Object* generatorPrototype = nullptr;         // %GeneratorFunction.prototype.prototype%
  Object* asyncFunctionPrototype = nullptr;
  Object* asyncGeneratorFunctionPrototype = nullptr;
  Object* asyncGeneratorPrototype = nullptr;
  Object* asyncFromSyncIteratorPrototype = nullptr;
  Object* promisePrototype = nullptr;           // promise_core creates it; jsstd adds methods
  Object* promiseConstructor = nullptr;         // jsstd fills (the Promise constructor)

  // ---- jsstd's intrinsics (created and filled by the standard library) ----
  Object* mapPrototype = nullptr;
  Object* setPrototype = nullptr;
  Object* weakMapPrototype = nullptr;
  Object* weakSetPrototype = nullptr;
  Object* regexpPrototype = nullptr;
  Object* regexpConstructor = nullptr;
  Object* datePrototype = nullptr;
  Object* mapIteratorPrototype = nullptr;
  Object* setIteratorPrototype = nullptr;
  Object* stringIteratorPrototype = nullptr;
  Object* regexpStringIteratorPrototype = nullptr;
  std::vector<Value> libraryRoots;                       // anything else to keep alive
  std::unordered_map<std::string, Value> namedIntrinsics; // by name, for cross-file lookup

  // ---- functions the runtime compares against ----
  Value evalFunction;           // %eval% (direct eval detection)
  Value arrayProtoValues;       // original Array.prototype.values (for-of fast path check)
  Value arrayIteratorNext;      // original %ArrayIteratorPrototype%.next
  Value throwTypeErrorFunction; // %ThrowTypeError%
  Value objectProtoToString;    // original Object.prototype.toString

  // ---- shapes reused for hot allocations ----
  Shape* closureShape = nullptr;     // {length, name} of a non-constructor function
  Shape* iterResultShape = nullptr;  // {value, done}
  Shape* arrayShape = nullptr;       // the empty shape for arrays (length is exotic)
  uint32_t iterResultValueSlot = 0, iterResultDoneSlot = 1;

  // ---- template objects, cached per site (FunctionProto, constant index) ----
  std::map<std::pair<FunctionProto*, uint32_t>, Value> templateObjects;

  // ---- jobs and the event loop ----
  std::deque<Microtask> microtasks;
  // Run all queued microtasks (and those they queue). An exception escaping a job is reported
  // through reportUncaught and the loop goes on, as node does... until the process exits.
  void runMicrotasks();
  // Macrotask sources (timers, jsstd): each call runs at most one ready task and returns true if
  // it did something or still has pending work (the loop keeps going while any source says so).
  std::vector<std::function<bool(VM&)>> macrotaskSources;
  // Unhandled rejections: promises rejected with no handler, checked after microtasks drain.
  std::vector<Value> pendingRejections;

  // ---- process state (jsstd's `process` object drives these) ----
  int exitCode = 0;             // process.exitCode
  bool exitRequested = false;   // process.exit() was called: stop the event loop
  std::string mainFile;         // absolute path of the main script
  std::vector<std::string> argv;// process.argv
  // CommonJS (jsstd): makes the `require` function of the module at `path` (absolute). Unset:
  // modules get a require that throws.
  std::function<Value(VM&, const std::string& path, Value module)> makeRequire;
  // Writes for console / process.stdout; the shell may redirect (tests capture).
  std::function<void(const std::string&)> writeStdout;
  std::function<void(const std::string&)> writeStderr;

  // Objects being joined by Array.prototype.join/toString (cycles print as ""). Not traced:
  // every entry is live on a native frame while it is here.
  std::vector<Object*> joinStack;

  // Set by the standard library so console.log can show Map/Set contents: fills keys (and,
  // for a Map, values) of a collection object tagged Map or Set.
  std::function<void(VM&, Object*, RootedVector& keys, RootedVector& values)> collectionEntries;

  // ---- per-prototype root shapes ----
  // Every object this library creates starts from the root shape of its prototype, so a tree
  // shape determines the prototype: the interpreter's ProtoSlot check (receiver shape + holder
  // shape) is then sound for a direct prototype. Changing an object's prototype moves it to a
  // dictionary shape. Entries of dead prototypes are dropped in sweepWeak.
  PropertyLookupCache lookupCache;  // behind the interpreter's inline caches (lookup_cache.h)
  std::unordered_map<Object*, Shape*> protoRoots;
  std::unordered_map<Shape*, Object*> rootOwners;
  Shape* nullProtoRoot = nullptr;
  Object* lastRootProto = nullptr;  // one-entry cache in front of protoRoots
  // Set once an integer-keyed property is defined on Array.prototype or Object.prototype: until
  // then writing into an array hole needs no prototype-chain lookup for a setter.
  bool prototypesHaveIndexedProperties = false;
  Shape* lastRoot = nullptr;
  Shape* rootShapeFor(Object* proto);
  // The prototype whose root `shape` descends from (nullptr if unknown or a dictionary).
  bool shapeDeterminesProto(Shape* shape, Object* proto) const;

  // ---- GC ----
  void traceRoots(gc::Tracer&) override;
  void sweepWeak(gc::Tracer&) override;
};

// The realm of the VM's JavaScript language (created by installJsRealm, js_engine.h).
JsRealm& jsRealm(VM& vm);
// Builds every intrinsic of the core library (realm.cpp), then calls installStandardLibrary.
void createIntrinsics(VM& vm);
// The standard library's installer (jsstd: String/Number/Math/JSON/RegExp/Date/Map/Set/Promise
// constructor/timers/process/require), defined in stdlib_install.cpp; runs after the core.
void installStandardLibrary(VM& vm);

// ---- errors (runtime/js/errors.cpp) ----
// A new error object of type t with `message` (and `stack` captured now).
Value makeError(VM& vm, ErrorType t, const std::string& message);
[[noreturn]] void throwError(VM& vm, ErrorType t, const std::string& message);
[[noreturn]] void throwTypeError(VM& vm, const std::string& message);
[[noreturn]] void throwRangeError(VM& vm, const std::string& message);
[[noreturn]] void throwReferenceError(VM& vm, const std::string& message);
[[noreturn]] void throwSyntaxError(VM& vm, const std::string& message);

// ---- defining builtins (runtime/js/builtins_util.cpp) ----
// A native function object with own `length` and `name` (non-enumerable, non-writable,
// configurable). isConstructor makes it [[Construct]]-able (it then sees args.newTarget).
NativeFunction* newNativeFunction(VM& vm, NativeFn fn, String* name, uint32_t length,
                                  bool isConstructor = false, int32_t magic = 0);
NativeFunction* newNativeFunction(VM& vm, NativeFn fn, std::string_view name, uint32_t length,
                                  bool isConstructor = false, int32_t magic = 0);
// target.name = native method (writable, non-enumerable, configurable — builtin methods' attrs).
// `target` must be rooted by the caller. Returns the function.
NativeFunction* defineNativeMethod(VM& vm, Object* target, std::string_view name, NativeFn fn,
                                   uint32_t length, int32_t magic = 0);
// The same with a symbol key; the function's name is "[description]".
NativeFunction* defineNativeMethod(VM& vm, Object* target, Symbol* key, NativeFn fn,
                                   uint32_t length, int32_t magic = 0);
// Accessor property with a native getter (named "get <name>") and optional setter.
void defineNativeAccessor(VM& vm, Object* target, PropertyKey key, NativeFn getter, NativeFn setter,
                          uint8_t attrs = kConfigurable);
// A plain data property (attrs default: writable, configurable, not enumerable — builtins).
void defineValue(VM& vm, Object* target, std::string_view name, Value v,
                 uint8_t attrs = kWritable | kConfigurable);
void defineValue(VM& vm, Object* target, PropertyKey key, Value v,
                 uint8_t attrs = kWritable | kConfigurable);
// A new ordinary object with the given prototype (nullptr for a null prototype).
Object* newPlainObject(VM& vm, Object* proto);
// A constructor function `name` with `prototype` wired both ways (ctor.prototype non-writable,
// proto.constructor), defined on the global object. Returns the constructor.
NativeFunction* defineConstructor(VM& vm, std::string_view name, NativeFn fn, uint32_t length,
                                  Object* prototype);
// A new InternalObject (kind ObjectOther) with the given tag, prototype and internal slot count.
InternalObject* newInternalObject(VM& vm, ClassTag tag, Object* proto, uint32_t slots);

// The prototype a constructor call should use: newTarget.prototype if it is an object, else the
// realm's fallback (GetPrototypeFromConstructor).
Object* prototypeFromConstructor(VM& vm, Value newTarget, Object* fallback);

}  // namespace dualvm::js
