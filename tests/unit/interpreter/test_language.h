// A minimal Language for interpreter unit tests: int arithmetic (overflow -> double), plain
// objects with inline caches, globals on one object, arrays, closures, generators as the bare
// GeneratorObject. Everything else throws a TypeError. Errors are Strings "Kind: message".
#pragma once
#include <stdexcept>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/vm.h"

namespace dualvm::test {

class TestLanguage final : public Language {
 public:
  explicit TestLanguage(VM& vm) {
    global = vm.heap.make<Object>(vm.emptyShape(), nullptr);
    vm.addPermanentRoot(Value::cell(global));
  }
  Object* global;
  int getPropertyCalls = 0;
  ErrorKind overflowKind = ErrorKind::RangeError;

  ir::Language id() const override { return ir::Language::JavaScript; }

  static std::string kindName(ErrorKind k) {
    switch (k) {
      case ErrorKind::TypeError: return "TypeError";
      case ErrorKind::ReferenceError: return "ReferenceError";
      case ErrorKind::SyntaxError: return "SyntaxError";
      case ErrorKind::RangeError: return "RangeError";
      case ErrorKind::MemoryError: return "MemoryError";
      case ErrorKind::RecursionError: return "RecursionError";
      case ErrorKind::NameError: return "NameError";
      default: return "Error";
    }
  }
  [[noreturn]] void unsupported(VM& vm, const char* what) {
    vm.throwError(ErrorKind::TypeError, std::string("test language: unsupported ") + what, this);
  }

  Value binary(VM& vm, BinaryOp op, Value a, Value b) override {
    if (!a.isNumber() || !b.isNumber()) unsupported(vm, "binary operands");
    double x = a.toDouble(), y = b.toDouble();
    switch (op) {
      case BinaryOp::Add: return Value::number(x + y);
      case BinaryOp::Sub: return Value::number(x - y);
      case BinaryOp::Mul: return Value::number(x * y);
      case BinaryOp::Div:
        if (y == 0) vm.throwError(ErrorKind::Error, "division by zero", this);
        return Value::number(x / y);
      default: unsupported(vm, "binary operator");
    }
  }
  Value unary(VM& vm, UnaryOp, Value) override { unsupported(vm, "unary"); }
  Value compare(VM& vm, CompareOp, Value, Value) override { unsupported(vm, "compare"); }
  bool truthy(VM& vm, Value v) override {
    if (v.isDouble()) return v.asDouble() != 0 && v.asDouble() == v.asDouble();
    return true;
  }
  Value typeOf(VM& vm, Value) override { unsupported(vm, "typeof"); }
  Value toPropertyKey(VM& vm, Value) override { unsupported(vm, "toPropertyKey"); }
  Value toStringForConcat(VM& vm, Value) override { unsupported(vm, "toString"); }
  bool instanceOf(VM& vm, Value, Value) override { unsupported(vm, "instanceof"); }

  Value getProperty(VM& vm, Value obj, PropertyKey key, InlineCache* ic) override {
    getPropertyCalls++;
    if (!isObject(obj)) unsupported(vm, "property of a primitive");
    Object* o = asObject(obj);
    uint32_t slot = o->findOwn(key);
    if (slot == Shape::kNotFound) return Value::undefined();
    if (ic && !o->shape()->isDictionary()) {
      ic->kind = InlineCache::OwnSlot;
      ic->shape = o->shape();
      ic->slot = slot;
    }
    return o->slot(slot);
  }
  void setProperty(VM& vm, Value obj, PropertyKey key, Value v, bool, InlineCache* ic) override {
    if (!isObject(obj)) unsupported(vm, "property of a primitive");
    Object* o = asObject(obj);
    uint32_t slot = o->findOwn(key);
    if (slot != Shape::kNotFound) {
      o->setSlot(slot, v);
      if (ic) { ic->kind = InlineCache::OwnSlot; ic->shape = o->shape(); ic->slot = slot; }
      return;
    }
    Shape* before = o->shape();
    o->addProperty(vm, key, v);
    if (ic && !o->shape()->isDictionary()) {
      ic->kind = InlineCache::AddSlot;
      ic->shape = before;
      ic->newShape = o->shape();
      ic->slot = o->propertyCount() - 1;
    }
  }
  Value getElement(VM& vm, Value, Value) override { unsupported(vm, "getElement"); }
  void setElement(VM& vm, Value obj, Value key, Value v, bool) override {
    if (isArray(obj) && key.isInt() && uint32_t(key.asInt()) == asArray(obj)->elements.size()) {
      asArray(obj)->push(v);
      return;
    }
    unsupported(vm, "setElement");
  }
  bool deleteElement(VM& vm, Value, Value, bool) override { unsupported(vm, "delete"); }
  bool hasProperty(VM& vm, Value, Value) override { unsupported(vm, "in"); }
  void defineProperty(VM& vm, Value obj, Value key, Value v, int, uint32_t) override {
    setProperty(vm, obj, key.asCell(), v, true, nullptr);
  }
  void copyDataProperties(VM& vm, Value, Value, Value) override { unsupported(vm, "spread"); }
  Value getSuper(VM& vm, Value, Value, Value) override { unsupported(vm, "super"); }
  void setSuper(VM& vm, Value, Value, Value, Value) override { unsupported(vm, "super"); }
  void setPrototypeOf(VM& vm, Value, Value) override { unsupported(vm, "setPrototypeOf"); }

  Value getGlobal(VM& vm, String* name, bool throwIfMissing, InlineCache* ic) override {
    uint32_t slot = global->findOwn(name);
    if (slot == Shape::kNotFound) {
      if (!throwIfMissing) return Value::undefined();
      vm.throwError(ErrorKind::ReferenceError, name->toUtf8() + " is not defined", this);
    }
    if (ic) { ic->kind = InlineCache::GlobalSlot; ic->holder = global; ic->holderShape = global->shape(); ic->slot = slot; }
    return global->slot(slot);
  }
  void setGlobal(VM& vm, String* name, Value v, bool, InlineCache*) override { global->putDirect(vm, name, v); }
  void declareGlobal(VM&, String*, uint32_t) override {}

  Value newObject(VM& vm) override { return Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)); }
  Value newArray(VM& vm, uint32_t) override { return Value::cell(vm.heap.make<ArrayObject>(vm.emptyShape(), nullptr)); }
  void arraySpread(VM& vm, Value, Value) override { unsupported(vm, "spread"); }
  Value newRegExp(VM& vm, Value, Value) override { unsupported(vm, "regexp"); }
  Value makeClosure(VM& vm, FunctionProto* fn, Environment* env) override {
    return Value::cell(vm.heap.make<Closure>(vm.emptyShape(), nullptr, fn, env));
  }
  Value makeClass(VM& vm, Value, Value) override { unsupported(vm, "class"); }
  Value templateObject(VM& vm, FunctionProto*, uint32_t) override { unsupported(vm, "template"); }
  Value makeArguments(VM& vm, Value, const Value* argv, uint32_t argc) override { return makeRestArray(vm, argv, argc); }
  Value makeRestArray(VM& vm, const Value* argv, uint32_t argc) override {
    auto* a = vm.heap.make<ArrayObject>(vm.emptyShape(), nullptr);
    for (uint32_t i = 0; i < argc; i++) a->push(argv[i]);
    return Value::cell(a);
  }
  Value callOther(VM& vm, Value, Value, const Value*, uint32_t) override { unsupported(vm, "call of a non-function"); }
  Value constructOther(VM& vm, Value, const Value*, uint32_t, Value) override { unsupported(vm, "construct"); }
  Value createThis(VM& vm, Closure*, Value) override { return newObject(vm); }
  [[noreturn]] void throwNotCallable(VM& vm, Value, const std::string& text, bool isNew) override {
    vm.throwError(ErrorKind::TypeError, (text.empty() ? "value" : text) + (isNew ? " is not a constructor" : " is not a function"), this);
  }
  Value getIterator(VM& vm, Value, bool) override { unsupported(vm, "iterator"); }
  bool iteratorStep(VM& vm, Value, Value*) override { unsupported(vm, "iterator"); }
  void iteratorClose(VM& vm, Value) override { unsupported(vm, "iterator"); }
  Value forInStart(VM& vm, Value) override { unsupported(vm, "for-in"); }
  bool forInNext(VM& vm, Value, Value*) override { unsupported(vm, "for-in"); }
  Value startGenerator(VM&, GeneratorObject* gen) override { return Value::cell(gen); }
  void awaitValue(VM&, GeneratorObject*, Value) override {}
  Value makeError(VM& vm, ErrorKind kind, const std::string& message) override {
    return Value::cell(vm.newString(kindName(kind) + ": " + message));
  }
  ErrorKind stackOverflowKind() const override { return overflowKind; }
  bool isEvalIntrinsic(VM&, Value) override { return false; }
  Value directEval(VM& vm, Value, Environment*, Value, bool, FunctionProto*) override { unsupported(vm, "eval"); }
};

}  // namespace dualvm::test
