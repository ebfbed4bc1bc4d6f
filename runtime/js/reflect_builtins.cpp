// runtime/js/reflect_builtins.cpp — the Reflect namespace: the object internal methods of
// object_ops.h exposed as functions.
#include "runtime/js/builtins.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static Object* target(VM& vm, Value v, const char* fn) {
  if (!isObject(v)) throwTypeError(vm, std::string("Reflect.") + fn + " called on non-object");
  return asObject(v);
}

static void argumentList(VM& vm, Value list, RootedVector& out) {
  if (!isObject(list)) throwTypeError(vm, "CreateListFromArrayLike called on non-object");
  Rooted rl(vm, list);
  uint64_t len = lengthOfArrayLike(vm, list);
  for (uint64_t i = 0; i < len; i++) out.push(getIndex(vm, rl, i));
}

static Value reflectApply(VM& vm, CallArgs& args) {
  if (!isCallable(args[0])) throwTypeError(vm, "Function.prototype.apply was called on " + describeForError(vm, args[0]) + ", which is not a function");
  RootedVector list(vm);
  argumentList(vm, args[2], list);
  return vm.call(args[0], args[1], list.data(), uint32_t(list.size()));
}

static Value reflectConstruct(VM& vm, CallArgs& args) {
  if (!isConstructor(args[0])) throwTypeError(vm, describeForError(vm, args[0]) + " is not a constructor");
  Value nt = args.argc > 2 ? args[2] : args[0];
  if (!isConstructor(nt)) throwTypeError(vm, describeForError(vm, nt) + " is not a constructor");
  RootedVector list(vm);
  argumentList(vm, args[1], list);
  return construct(vm, args[0], list.data(), uint32_t(list.size()), nt);
}

static Value reflectDefineProperty(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "defineProperty");
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  Rooted rk(vm, Value::cell(k));
  RootedDescriptor rd(vm);
  toPropertyDescriptor(vm, args[2], &rd.get());
  rd.sync();
  return Value::boolean(defineOwnProperty(vm, asObject(ro), k, rd.get(), false));
}

static Value reflectDeleteProperty(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "deleteProperty");
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  return Value::boolean(deleteProperty(vm, asObject(ro), k, false));
}

static Value reflectGet(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "get");
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  Value receiver = args.argc > 2 ? args[2] : args[0];
  return getPropertyFromObject(vm, asObject(ro), k, receiver);
}

static Value reflectSet(VM& vm, CallArgs& args) {
  target(vm, args[0], "set");
  PropertyKey k = toPropertyKey(vm, args[1]);
  Value receiver = args.argc > 3 ? args[3] : args[0];
  return Value::boolean(setProperty(vm, args[0], k, args[2], receiver, false));
}

static Value reflectGetOwnPropertyDescriptor(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "getOwnPropertyDescriptor");
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  PropertyDescriptor d;
  if (!getOwnProperty(vm, asObject(ro), k, &d)) return Value::undefined();
  return fromPropertyDescriptor(vm, d);
}

static Value reflectGetPrototypeOf(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "getPrototypeOf");
  return o->proto() ? Value::cell(o->proto()) : Value::null();
}

static Value reflectSetPrototypeOf(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "setPrototypeOf");
  Value p = args[1];
  if (!isObject(p) && !p.isNull()) throwTypeError(vm, "Object prototype may only be an Object or null: " + describeForError(vm, p));
  return Value::boolean(setPrototypeOf(vm, o, p.isNull() ? nullptr : asObject(p)));
}

static Value reflectHas(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "has");
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  return Value::boolean(hasProperty(vm, asObject(ro), k));
}

static Value reflectIsExtensible(VM& vm, CallArgs& args) {
  return Value::boolean(target(vm, args[0], "isExtensible")->isExtensible());
}

static Value reflectPreventExtensions(VM& vm, CallArgs& args) {
  preventExtensions(vm, target(vm, args[0], "preventExtensions"));
  return Value::boolean(true);
}

static Value reflectOwnKeys(VM& vm, CallArgs& args) {
  Object* o = target(vm, args[0], "ownKeys");
  Rooted ro(vm, Value::cell(o));
  RootedVector keys(vm);
  ownPropertyKeys(vm, o, keys);
  return Value::cell(createArrayFromList(vm, keys.data(), keys.size()));
}

void installReflectBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* reflect = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "Reflect", Value::cell(reflect));
  defineValue(vm, reflect, r.symbols.toStringTag, Value::cell(vm.intern("Reflect")), kConfigurable);
  defineNativeMethod(vm, reflect, "apply", reflectApply, 3);
  defineNativeMethod(vm, reflect, "construct", reflectConstruct, 2);
  defineNativeMethod(vm, reflect, "defineProperty", reflectDefineProperty, 3);
  defineNativeMethod(vm, reflect, "deleteProperty", reflectDeleteProperty, 2);
  defineNativeMethod(vm, reflect, "get", reflectGet, 2);
  defineNativeMethod(vm, reflect, "getOwnPropertyDescriptor", reflectGetOwnPropertyDescriptor, 2);
  defineNativeMethod(vm, reflect, "getPrototypeOf", reflectGetPrototypeOf, 1);
  defineNativeMethod(vm, reflect, "has", reflectHas, 2);
  defineNativeMethod(vm, reflect, "isExtensible", reflectIsExtensible, 1);
  defineNativeMethod(vm, reflect, "ownKeys", reflectOwnKeys, 1);
  defineNativeMethod(vm, reflect, "preventExtensions", reflectPreventExtensions, 1);
  defineNativeMethod(vm, reflect, "set", reflectSet, 3);
  defineNativeMethod(vm, reflect, "setPrototypeOf", reflectSetPrototypeOf, 2);
}

}  // namespace dualvm::js
