// Language: the hooks through which the shared interpreter reaches a language's semantics.
//
// Every opcode's fast path (ints, doubles, shaped own/prototype data properties, script-to-script
// calls) is language-neutral and lives in the interpreter. When the fast path does not apply, the
// interpreter calls the Language of the running function — so `a + b` in a JS function
// concatenates strings and in a Python function overflows into a big int, with no
// `if (lang == ...)` in the shared layers. runtime/js and runtime/python each implement one.
//
// Hooks report errors by throwing (VM::throwValue); they may re-enter the interpreter through
// VM::call. Values passed in are rooted by the caller for the duration of the call.
#pragma once
#include <cstdint>
#include <string>
#include "runtime/function.h"
#include "runtime/value.h"
#include "shared-ir/ir.h"

namespace dualvm {

class VM;
class GeneratorObject;

enum class BinaryOp : uint8_t { Add, Sub, Mul, Div, Mod, Pow, BitAnd, BitOr, BitXor, Shl, Shr, UShr, FloorDiv, MatMul };
enum class UnaryOp : uint8_t { Neg, Plus, BitNot, Inc, Dec, ToNumeric };
enum class CompareOp : uint8_t { Eq, Ne, StrictEq, StrictNe, Lt, Le, Gt, Ge };
enum class ErrorKind : uint8_t { TypeError, ReferenceError, SyntaxError, RangeError, Error, MemoryError, RecursionError, NameError };

class Language {
 public:
  virtual ~Language() = default;
  virtual ir::Language id() const = 0;

  // ---- constants (runtime/link.cpp materialises a function's constant pool through these) ----
  // A number literal. Default: the exact double (Python: 3.0 stays a float).
  virtual Value numberConstant(double d) { return Value::number(d); }
  // An integer literal too large for int32, as decimal text; false if malformed. Default: the
  // normalised integer, an int32 Value when it fits (Python's int).
  virtual bool integerConstant(VM&, const std::string& decimal, Value* out);

  // ---- operators ----
  virtual Value binary(VM&, BinaryOp, Value a, Value b) = 0;
  virtual Value unary(VM&, UnaryOp, Value a) = 0;
  virtual Value compare(VM&, CompareOp, Value a, Value b) = 0;  // returns a boolean Value (JS)
  virtual bool truthy(VM&, Value v) = 0;                        // called for non-bool/int values
  virtual Value typeOf(VM&, Value v) = 0;
  virtual Value toPropertyKey(VM&, Value v) = 0;
  virtual Value toStringForConcat(VM&, Value v) = 0;
  virtual bool instanceOf(VM&, Value v, Value constructor) = 0;

  // ---- properties (the interpreter's inline caches handle the common data-property cases) ----
  // `ic` (nullable) is the instruction's cache: fill it when the result is cacheable.
  virtual Value getProperty(VM&, Value obj, PropertyKey key, InlineCache* ic) = 0;
  virtual void setProperty(VM&, Value obj, PropertyKey key, Value v, bool strict, InlineCache* ic) = 0;
  // GetMethod (a call's callee `obj.key(...)`), like CPython's LOAD_METHOD: returns the callee; *self is the receiver to pass
  // to it (CallMethod) when the language can call the method without a bound-method object, else
  // the hole. The default is getProperty with no receiver (added by pyperf).
  virtual Value loadMethod(VM& vm, Value obj, PropertyKey key, InlineCache* ic, Value* self) {
    *self = Value::hole();
    return getProperty(vm, obj, key, ic);
  }
  // A call of `callee` (not a closure) that only allocates an object and runs a script
  // initializer (Python: a class with metaclass type, object.__new__ and a Python __init__):
  // returns the new instance and sets *init; the interpreter then calls *init inline with the
  // instance as its first argument and passes its return value to finishInit, whose result is
  // the call's. The hole when the call is not of that form (added by pyperf).
  // InplaceBinary (`a op= b`) when the operands are not both numbers; the default is binary().
  virtual Value inplaceBinary(VM& vm, BinaryOp op, Value a, Value b) { return binary(vm, op, a, b); }
  virtual Value prepareInit(VM&, Value callee, Value* init) {
    (void)callee, (void)init;
    return Value::hole();
  }
  virtual Value finishInit(VM&, Value instance, Value returned) {
    (void)returned;
    return instance;
  }
  virtual Value getElement(VM&, Value obj, Value key) = 0;
  virtual void setElement(VM&, Value obj, Value key, Value v, bool strict) = 0;
  virtual bool deleteElement(VM&, Value obj, Value key, bool strict) = 0;
  virtual bool hasProperty(VM&, Value obj, Value key) = 0;  // `key in obj`
  // flags: 1 = enumerable. kind: 0 data field, 1 method, 2 getter, 3 setter.
  virtual void defineProperty(VM&, Value obj, Value key, Value v, int kind, uint32_t flags) = 0;
  virtual void copyDataProperties(VM&, Value target, Value source, Value excludedKeys) = 0;
  virtual Value getSuper(VM&, Value homeObject, Value thisValue, Value key) = 0;
  virtual void setSuper(VM&, Value homeObject, Value thisValue, Value key, Value v) = 0;
  virtual void setPrototypeOf(VM&, Value obj, Value proto) = 0;

  // ---- globals and dynamic names ----
  virtual Value getGlobal(VM&, String* name, bool throwIfMissing, InlineCache* ic) = 0;
  virtual void setGlobal(VM&, String* name, Value v, bool strict, InlineCache* ic) = 0;
  virtual void declareGlobal(VM&, String* name, uint32_t flags) = 0;

  // ---- creation ----
  virtual Value newObject(VM&) = 0;
  virtual Value newArray(VM&, uint32_t capacity) = 0;
  virtual void arraySpread(VM&, Value array, Value iterable) = 0;
  virtual Value newRegExp(VM&, Value pattern, Value flags) = 0;
  virtual Value makeClosure(VM&, FunctionProto* fn, Environment* env) = 0;
  // Wires constructor.prototype / prototype chain for a class; returns the prototype object.
  virtual Value makeClass(VM&, Value constructor, Value superclass) = 0;
  virtual Value templateObject(VM&, FunctionProto* fn, uint32_t constIndex) = 0;
  virtual Value makeArguments(VM&, Value callee, const Value* argv, uint32_t argc) = 0;
  // An arguments object whose element i aliases env->slots[slots[i]] (JS sloppy mode, simple
  // parameters); a language without the notion makes a plain one.
  virtual Value makeMappedArguments(VM& vm, Value callee, const Value* argv, uint32_t argc, Environment* env,
                                    const ir::ConstantList* slots) {
    (void)env, (void)slots;
    return makeArguments(vm, callee, argv, argc);
  }
  virtual Value makeRestArray(VM&, const Value* argv, uint32_t argc) = 0;

  // ---- calls ----
  // Calls of anything that is not a Closure (natives are handled by the VM; this covers bound
  // functions, callable objects, Python classes, ...). Throws TypeError for non-callables.
  virtual Value callOther(VM&, Value callee, Value thisValue, const Value* argv, uint32_t argc) = 0;
  virtual Value constructOther(VM&, Value callee, const Value* argv, uint32_t argc, Value newTarget) = 0;
  // `this` for a constructor call of a script function (JS: object with newTarget.prototype).
  virtual Value createThis(VM&, Closure* callee, Value newTarget) = 0;
  // Error for calling something that is not callable; exprText is the callee as written ("a.b").
  [[noreturn]] virtual void throwNotCallable(VM&, Value callee, const std::string& exprText, bool isNew) = 0;

  // ---- iteration ----
  virtual Value getIterator(VM&, Value iterable, bool async) = 0;
  virtual bool iteratorStep(VM&, Value iterator, Value* out) = 0;  // false when exhausted
  virtual void iteratorClose(VM&, Value iterator) = 0;
  virtual Value forInStart(VM&, Value obj) = 0;
  virtual bool forInNext(VM&, Value enumerator, Value* key) = 0;

  // ---- generators and async functions ----
  // Called instead of running the body when a generator/async function is called: wrap the
  // suspended frame (already captured in gen) in the language's generator/promise object.
  virtual Value startGenerator(VM&, GeneratorObject* gen) = 0;
  // `await v` in an async function: arrange for gen to be resumed when v settles.
  virtual void awaitValue(VM&, GeneratorObject* gen, Value v) = 0;
  // One step of `yield*` delegation: forwards `received` to the inner iterator according to
  // the resume mode (0 next, 1 throw, 2 return). Returns 0: yield *out; 1: the inner iterator
  // is done and *out is the value of the yield* expression; 2: the generator returns *out.
  // `iterator` is what getIterator(iterable, isAsync) returned for the yield* operand. The
  // default (runtime/generator.cpp) treats it as an iterator object and runs the ECMAScript
  // protocol (next/throw/return through getProperty + VM::call); a language whose getIterator
  // returns a private record must override this.
  virtual int delegateYield(VM&, Value iterator, uint8_t mode, Value received, Value* out);

  // ---- errors ----
  virtual Value makeError(VM&, ErrorKind, const std::string& message) = 0;
  // The error for too deep recursion (JS RangeError, Python RecursionError) and heap exhaustion.
  virtual ErrorKind stackOverflowKind() const { return ErrorKind::RangeError; }
  virtual std::string stackOverflowMessage() const { return "Maximum call stack size exceeded"; }
  virtual ErrorKind outOfMemoryKind() const { return ErrorKind::RangeError; }
  virtual std::string outOfMemoryMessage() const { return "Out of memory"; }
  // Reading a binding in its temporal dead zone (CheckInit, GetEnvChecked, SetEnvChecked).
  virtual Value makeUninitializedError(VM& vm, const std::string& name) {
    return makeError(vm, ErrorKind::ReferenceError, "Cannot access '" + name + "' before initialization");
  }
  // `this` of a non-strict, non-arrow function when it is not an object (JS: undefined/null ->
  // the global object, primitives -> wrappers). Called lazily by LoadThis.
  virtual Value coerceSloppyThis(VM&, Value thisValue) { return thisValue; }
  // Direct eval (the Eval opcode when the callee is this language's eval intrinsic).
  virtual bool isEvalIntrinsic(VM&, Value callee) = 0;
  virtual Value directEval(VM&, Value source, Environment* env, Value thisValue, bool strict,
                           FunctionProto* caller) = 0;

  // ---- Python hooks (added by pylib; the defaults raise an internal error: JS never needs them) ----
  // The CallIntrinsic opcode: py::Intrinsic `id` over registers args[0..argc) (may write back).
  virtual Value callIntrinsic(VM&, uint32_t id, Value* args, uint32_t argc);
  // Binds the actual arguments of a call of a Python closure into its parameter registers
  // params[0..numParams): defaults, *args, **kwargs, keyword matching; the last kwNames->items
  // .size() of argv are keyword values (kwNames may be null). Throws CPython's TypeErrors.
  virtual void bindArguments(VM&, Closure* callee, const Value* argv, uint32_t argc,
                             const ir::ConstantList* kwNames, Value* params);
  // CallKw of anything that is not a Python closure (natives, classes, bound methods, ...).
  virtual Value callWithKeywords(VM&, Value callee, const Value* argv, uint32_t argc,
                                 const ir::ConstantList* kwNames);
  // CallEx: f(*args, **kwargs) with a positional tuple and a keyword dict (or undefined).
  virtual Value callUnpacked(VM&, Value callee, Value args, Value kwargs);
};

}  // namespace dualvm
