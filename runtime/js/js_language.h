// runtime/js/js_language.h — JsLanguage: the interpreter's hooks (runtime/language.h) with
// ECMAScript semantics. Owns the JsRealm.
#pragma once
#include <memory>
#include "runtime/language.h"
#include "runtime/js/realm.h"

namespace dualvm::js {

class JsLanguage final : public Language {
 public:
  explicit JsLanguage(VM& vm);
  ~JsLanguage() override;
  ir::Language id() const override { return ir::Language::JavaScript; }
  // Integral numbers become int Values so the int fast paths apply; BigInt literals are cells.
  Value numberConstant(double d) override { return Value::fromDoubleNormalized(d); }
  bool integerConstant(VM&, const std::string& decimal, Value* out) override;
  JsRealm& realm() { return *realm_; }
  // Create the realm and every intrinsic (called once the language is registered on the VM).
  void initRealm(VM& vm);

  Value binary(VM&, BinaryOp, Value a, Value b) override;
  Value unary(VM&, UnaryOp, Value a) override;
  Value compare(VM&, CompareOp, Value a, Value b) override;
  bool truthy(VM&, Value v) override;
  Value typeOf(VM&, Value v) override;
  Value toPropertyKey(VM&, Value v) override;
  Value toStringForConcat(VM&, Value v) override;
  bool instanceOf(VM&, Value v, Value constructor) override;

  Value getProperty(VM&, Value obj, PropertyKey key, InlineCache* ic) override;
  void setProperty(VM&, Value obj, PropertyKey key, Value v, bool strict, InlineCache* ic) override;
  Value getElement(VM&, Value obj, Value key) override;
  void setElement(VM&, Value obj, Value key, Value v, bool strict) override;
  bool deleteElement(VM&, Value obj, Value key, bool strict) override;
  bool hasProperty(VM&, Value obj, Value key) override;
  void defineProperty(VM&, Value obj, Value key, Value v, int kind, uint32_t flags) override;
  void copyDataProperties(VM&, Value target, Value source, Value excludedKeys) override;
  Value getSuper(VM&, Value homeObject, Value thisValue, Value key) override;
  void setSuper(VM&, Value homeObject, Value thisValue, Value key, Value v) override;
  void setPrototypeOf(VM&, Value obj, Value proto) override;

  Value getGlobal(VM&, String* name, bool throwIfMissing, InlineCache* ic) override;
  void setGlobal(VM&, String* name, Value v, bool strict, InlineCache* ic) override;
  void declareGlobal(VM&, String* name, uint32_t flags) override;

  Value newObject(VM&) override;
  Value newArray(VM&, uint32_t capacity) override;
  void arraySpread(VM&, Value array, Value iterable) override;
  Value newRegExp(VM&, Value pattern, Value flags) override;
  Value makeClosure(VM&, FunctionProto* fn, Environment* env) override;
  Value makeClass(VM&, Value constructor, Value superclass) override;
  Value templateObject(VM&, FunctionProto* fn, uint32_t constIndex) override;
  Value makeArguments(VM&, Value callee, const Value* argv, uint32_t argc) override;
  Value makeMappedArguments(VM&, Value callee, const Value* argv, uint32_t argc, Environment* env,
                            const ir::ConstantList* slots) override;
  Value makeRestArray(VM&, const Value* argv, uint32_t argc) override;

  Value callOther(VM&, Value callee, Value thisValue, const Value* argv, uint32_t argc) override;
  Value constructOther(VM&, Value callee, const Value* argv, uint32_t argc, Value newTarget) override;
  Value createThis(VM&, Closure* callee, Value newTarget) override;
  [[noreturn]] void throwNotCallable(VM&, Value callee, const std::string& exprText, bool isNew) override;

  Value getIterator(VM&, Value iterable, bool async) override;
  bool iteratorStep(VM&, Value iterator, Value* out) override;
  void iteratorClose(VM&, Value iterator) override;
  Value forInStart(VM&, Value obj) override;
  bool forInNext(VM&, Value enumerator, Value* key) override;

  Value startGenerator(VM&, GeneratorObject* gen) override;
  void awaitValue(VM&, GeneratorObject* gen, Value v) override;
  int delegateYield(VM&, Value iterator, uint8_t mode, Value received, Value* out) override;

  Value makeError(VM&, ErrorKind, const std::string& message) override;
  Value coerceSloppyThis(VM&, Value thisValue) override;
  bool isEvalIntrinsic(VM&, Value callee) override;
  Value directEval(VM&, Value source, Environment* env, Value thisValue, bool strict,
                   FunctionProto* caller) override;

 private:
  std::unique_ptr<JsRealm> realm_;
};

// Shared by js_language.cpp and the builtins: eval of a source string as a script in the global
// scope (indirect eval) and `new Function` (function_builtins.cpp).
Value indirectEval(VM& vm, Value source);
// Generator objects (generators.cpp): resume a JS generator object in the given mode.
Value generatorResume(VM& vm, Value genValue, Value sent, ResumeMode mode);
// Async functions (generators.cpp): start/continue an async function's frame.
Value startAsyncFunction(VM& vm, GeneratorObject* gen);
void asyncAwait(VM& vm, GeneratorObject* gen, Value v);

}  // namespace dualvm::js
