// runtime/js/builtins_util.cpp — helpers every builtin uses: native function objects with their
// `length`/`name`, method/accessor/value definition with builtin attributes, plain and internal
// object creation, GetPrototypeFromConstructor, and throwing NativeErrors.
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

const char* errorTypeName(ErrorType t) {
  static const char* names[] = {"Error", "TypeError", "RangeError", "SyntaxError",
                                "ReferenceError", "EvalError", "URIError", "AggregateError"};
  return names[size_t(t)];
}

[[noreturn]] void throwError(VM& vm, ErrorType t, const std::string& message) {
  Value e = makeError(vm, t, message);
  vm.throwValue(e);
}
[[noreturn]] void throwTypeError(VM& vm, const std::string& m) { throwError(vm, ErrorType::TypeError, m); }
[[noreturn]] void throwRangeError(VM& vm, const std::string& m) { throwError(vm, ErrorType::RangeError, m); }
[[noreturn]] void throwReferenceError(VM& vm, const std::string& m) { throwError(vm, ErrorType::ReferenceError, m); }
[[noreturn]] void throwSyntaxError(VM& vm, const std::string& m) { throwError(vm, ErrorType::SyntaxError, m); }

NativeFunction* newNativeFunction(VM& vm, NativeFn fn, String* name, uint32_t length,
                                  bool isConstructor, int32_t magic) {
  JsRealm& r = jsRealm(vm);
  Rooted rname(vm, Value::cell(name));
  NativeFunction* f = vm.heap.make<NativeFunction>(r.rootShapeFor(r.functionPrototype), r.functionPrototype, fn,
                                                   vm.language(ir::Language::JavaScript));
  Rooted rf(vm, Value::cell(f));
  f->isConstructor = isConstructor;
  f->magic = magic;
  f->addProperty(vm, r.names.length, Value::integer(int32_t(length)), kConfigurable);
  f->addProperty(vm, r.names.name, rname, kConfigurable);
  return f;
}

NativeFunction* newNativeFunction(VM& vm, NativeFn fn, std::string_view name, uint32_t length,
                                  bool isConstructor, int32_t magic) {
  return newNativeFunction(vm, fn, vm.intern(name), length, isConstructor, magic);
}

NativeFunction* defineNativeMethod(VM& vm, Object* target, std::string_view name, NativeFn fn,
                                   uint32_t length, int32_t magic) {
  Rooted rt(vm, Value::cell(target));
  String* key = vm.intern(name);
  Rooted rk(vm, Value::cell(key));
  NativeFunction* f = newNativeFunction(vm, fn, key, length, false, magic);
  Rooted rf(vm, Value::cell(f));
  target->putDirect(vm, key, rf, kWritable | kConfigurable);
  return f;
}

NativeFunction* defineNativeMethod(VM& vm, Object* target, Symbol* key, NativeFn fn,
                                   uint32_t length, int32_t magic) {
  Rooted rt(vm, Value::cell(target));
  std::string desc = isString(key->description) ? asString(key->description)->toUtf8() : "";
  NativeFunction* f = newNativeFunction(vm, fn, "[" + desc + "]", length, false, magic);
  Rooted rf(vm, Value::cell(f));
  target->putDirect(vm, key, rf, kWritable | kConfigurable);
  return f;
}

void defineNativeAccessor(VM& vm, Object* target, PropertyKey key, NativeFn getter,
                          NativeFn setter, uint8_t attrs) {
  Rooted rt(vm, Value::cell(target));
  Rooted rk(vm, Value::cell(key));
  std::string base = keyToDisplay(key);
  if (key->kind == uint8_t(CellKind::Symbol)) base = "[" + base.substr(7, base.size() - 8) + "]";
  Rooted g(vm), s(vm);
  if (getter) g = Value::cell(newNativeFunction(vm, getter, "get " + base, 0));
  if (setter) s = Value::cell(newNativeFunction(vm, setter, "set " + base, 1));
  Accessor* acc = vm.heap.make<Accessor>(g.get(), s.get());
  Rooted ra(vm, Value::cell(acc));
  target->putDirect(vm, key, ra, uint8_t((attrs & ~kWritable) | kAccessor));
}

void defineValue(VM& vm, Object* target, std::string_view name, Value v, uint8_t attrs) {
  Rooted rt(vm, Value::cell(target)), rv(vm, v);
  String* key = vm.intern(name);
  Rooted rk(vm, Value::cell(key));
  target->putDirect(vm, key, rv, attrs);
}

void defineValue(VM& vm, Object* target, PropertyKey key, Value v, uint8_t attrs) {
  Rooted rt(vm, Value::cell(target)), rv(vm, v), rk(vm, Value::cell(key));
  target->putDirect(vm, key, rv, attrs);
}

Object* newPlainObject(VM& vm, Object* proto) {
  Shape* root = jsRealm(vm).rootShapeFor(proto);
  return vm.heap.make<Object>(root, proto);
}

InternalObject* newInternalObject(VM& vm, ClassTag tag, Object* proto, uint32_t slots) {
  Shape* root = jsRealm(vm).rootShapeFor(proto);
  return vm.heap.make<InternalObject>(root, proto, tag, slots);
}

NativeFunction* defineConstructor(VM& vm, std::string_view name, NativeFn fn, uint32_t length,
                                  Object* prototype) {
  JsRealm& r = jsRealm(vm);
  Rooted rp(vm, Value::cell(prototype));
  NativeFunction* ctor = newNativeFunction(vm, fn, name, length, true);
  Rooted rc(vm, Value::cell(ctor));
  ctor->putDirect(vm, r.names.prototype, rp, 0);
  prototype->putDirect(vm, r.names.constructor, rc, kWritable | kConfigurable);
  Rooted rk(vm, Value::cell(vm.intern(name)));
  r.global->putDirect(vm, asString(rk), rc, kWritable | kConfigurable);
  return ctor;
}

Object* prototypeFromConstructor(VM& vm, Value newTarget, Object* fallback) {
  if (!isObject(newTarget)) return fallback;
  Value p = getProperty(vm, newTarget, jsRealm(vm).names.prototype);
  return isObject(p) ? asObject(p) : fallback;
}

}  // namespace dualvm::js
