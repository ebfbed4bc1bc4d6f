// runtime/js/proxy.cpp — the Proxy constructor, Proxy.revocable and the trap dispatch of the
// proxy internal methods (see proxy.h).
#include "runtime/js/proxy.h"
#include "runtime/js/builtins.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

namespace {

Value slotOf(Object* p, int i) {
  if (p->kind == uint8_t(CellKind::NativeFunction)) {
    NativeFunction* f = static_cast<NativeFunction*>(p);
    return i == 0 ? f->data : f->data2;
  }
  return static_cast<InternalObject*>(p)->internal[i];
}

// The handler and trap `name` (undefined when the handler has none). Throws when revoked.
Value trapOf(VM& vm, Object* p, const char* name, Value* target, Value* handler) {
  *handler = slotOf(p, 1);
  *target = slotOf(p, 0);
  if (!isObject(*handler))
    throwTypeError(vm, std::string("Cannot perform '") + name + "' on a proxy that has been revoked");
  Rooted rh(vm, *handler);
  return getMethod(vm, *handler, vm.intern(name));
}

Value keyValue(PropertyKey k) { return Value::cell(k); }

}  // namespace

Value proxyTarget(Object* p) { return slotOf(p, 0); }

bool proxyGetOwnProperty(VM& vm, Object* p, PropertyKey key, PropertyDescriptor* out) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key));
  Value target, handler;
  Value trap = trapOf(vm, p, "getOwnPropertyDescriptor", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) return getOwnProperty(vm, asObject(rt), key, out);
  Value args[2] = {rt, keyValue(key)};
  Value res = call(vm, rtrap, rh, args, 2);
  if (res.isUndefined()) return false;
  if (!isObject(res)) throwTypeError(vm, "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '" + keyToDisplay(key) + "'");
  toPropertyDescriptor(vm, res, out);
  // Complete the descriptor (CompletePropertyDescriptor).
  if (!out->isAccessor()) { out->hasValue = out->hasWritable = true; }
  else { out->hasGet = out->hasSet = true; }
  out->hasEnumerable = out->hasConfigurable = true;
  return true;
}

bool proxyDefineOwnProperty(VM& vm, Object* p, PropertyKey key, const PropertyDescriptor& d, bool shouldThrow) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key));
  Value target, handler;
  Value trap = trapOf(vm, p, "defineProperty", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) return defineOwnProperty(vm, asObject(rt), key, d, shouldThrow);
  Rooted desc(vm, fromPropertyDescriptor(vm, d));
  Value args[3] = {rt, keyValue(key), desc};
  bool ok = toBoolean(call(vm, rtrap, rh, args, 3));
  if (!ok && shouldThrow) throwTypeError(vm, "'defineProperty' on proxy: trap returned falsish for property '" + keyToDisplay(key) + "'");
  return ok;
}

bool proxyHas(VM& vm, Object* p, PropertyKey key) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key));
  Value target, handler;
  Value trap = trapOf(vm, p, "has", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) return hasProperty(vm, asObject(rt), key);
  Value args[2] = {rt, keyValue(key)};
  return toBoolean(call(vm, rtrap, rh, args, 2));
}

Value proxyGet(VM& vm, Object* p, PropertyKey key, Value receiver) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key)), rr(vm, receiver);
  Value target, handler;
  Value trap = trapOf(vm, p, "get", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) return getPropertyFromObject(vm, asObject(rt), key, rr);
  Value args[3] = {rt, keyValue(key), rr};
  return call(vm, rtrap, rh, args, 3);
}

bool proxySet(VM& vm, Object* p, PropertyKey key, Value v, Value receiver, bool shouldThrow) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key)), rv(vm, v), rr(vm, receiver);
  Value target, handler;
  Value trap = trapOf(vm, p, "set", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) {
    Value recv = rr.get() == rp.get() ? rt.get() : rr.get();
    return setProperty(vm, rt, key, rv, recv, shouldThrow);
  }
  Value args[4] = {rt, keyValue(key), rv, rr};
  bool ok = toBoolean(call(vm, rtrap, rh, args, 4));
  if (!ok && shouldThrow) throwTypeError(vm, "'set' on proxy: trap returned falsish for property '" + keyToDisplay(key) + "'");
  return ok;
}

bool proxyDelete(VM& vm, Object* p, PropertyKey key, bool shouldThrow) {
  Rooted rp(vm, Value::cell(p)), rk(vm, Value::cell(key));
  Value target, handler;
  Value trap = trapOf(vm, p, "deleteProperty", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) return deleteProperty(vm, asObject(rt), key, shouldThrow);
  Value args[2] = {rt, keyValue(key)};
  bool ok = toBoolean(call(vm, rtrap, rh, args, 2));
  if (!ok && shouldThrow) throwTypeError(vm, "'deleteProperty' on proxy: trap returned falsish for property '" + keyToDisplay(key) + "'");
  return ok;
}

void proxyOwnKeys(VM& vm, Object* p, RootedVector& out, bool strings, bool symbols) {
  Rooted rp(vm, Value::cell(p));
  Value target, handler;
  Value trap = trapOf(vm, p, "ownKeys", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) { ownPropertyKeys(vm, asObject(rt), out, strings, symbols); return; }
  Value arg = rt;
  Rooted res(vm, call(vm, rtrap, rh, &arg, 1));
  if (!isObject(res)) throwTypeError(vm, "CreateListFromArrayLike called on non-object");
  uint64_t len = lengthOfArrayLike(vm, res);
  for (uint64_t i = 0; i < len; i++) {
    Value k = getIndex(vm, res, i);
    if (isString(k)) { if (strings) out.push(Value::cell(toPropertyKey(vm, k))); }
    else if (isSymbol(k)) { if (symbols) out.push(k); }
    else throwTypeError(vm, describeForError(vm, k) + " is not a valid property name");
  }
}

// ---- callable proxies ----

static Value proxyCallTrampoline(VM& vm, CallArgs& args) {
  Object* p = args.callee;
  Rooted rp(vm, Value::cell(p));
  Value target, handler;
  bool construct = args.isConstructCall();
  Value trap = trapOf(vm, p, construct ? "construct" : "apply", &target, &handler);
  Rooted rt(vm, target), rh(vm, handler), rtrap(vm, trap);
  if (trap.isUndefined()) {
    if (construct) return js::construct(vm, rt, args.argv, args.argc, args.newTarget == rp.get() ? rt.get() : args.newTarget);
    return vm.call(rt, args.thisValue, args.argv, args.argc);
  }
  Rooted list(vm, Value::cell(createArrayFromList(vm, args.argv, args.argc)));
  if (construct) {
    Value a[3] = {rt, list, args.newTarget};
    Value res = call(vm, rtrap, rh, a, 3);
    if (!isObject(res)) throwTypeError(vm, "proxy [[Construct]] must return an object");
    return res;
  }
  Value a[3] = {rt, args.thisValue, list};
  return call(vm, rtrap, rh, a, 3);
}

static Value makeProxy(VM& vm, Value target, Value handler) {
  if (!isObject(target) || !isObject(handler))
    throwTypeError(vm, "Cannot create proxy with a non-object as target or handler");
  Rooted rt(vm, target), rh(vm, handler);
  if (isCallable(target)) {
    NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), asObject(rt)->proto(), proxyCallTrampoline,
                                                     vm.language(ir::Language::JavaScript));
    f->setClassTag(uint16_t(ClassTag::Proxy));
    f->data = rt;
    f->data2 = rh;
    f->isConstructor = isConstructor(rt);
    return Value::cell(f);
  }
  InternalObject* o = vm.heap.make<InternalObject>(vm.emptyShape(), asObject(rt)->proto(), ClassTag::Proxy, 2);
  o->setInternal(0, rt);
  o->setInternal(1, rh);
  return Value::cell(o);
}

static Value proxyConstructor(VM& vm, CallArgs& args) {
  if (!args.isConstructCall()) throwTypeError(vm, "Constructor Proxy requires 'new'");
  return makeProxy(vm, args[0], args[1]);
}

static Value revokeFunction(VM& vm, CallArgs& args) {
  NativeFunction* self = static_cast<NativeFunction*>(args.callee);
  if (isObject(self->data)) {
    Object* p = asObject(self->data);
    if (p->kind == uint8_t(CellKind::NativeFunction)) {
      static_cast<NativeFunction*>(p)->data = Value::null();
      static_cast<NativeFunction*>(p)->data2 = Value::null();
    } else {
      static_cast<InternalObject*>(p)->internal[0] = Value::null();
      static_cast<InternalObject*>(p)->internal[1] = Value::null();
    }
    self->data = Value::null();
  }
  return Value::undefined();
}

static Value proxyRevocable(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Rooted p(vm, makeProxy(vm, args[0], args[1]));
  NativeFunction* revoke = newNativeFunction(vm, revokeFunction, r.names.empty, 0);
  revoke->data = p;
  Rooted rr(vm, Value::cell(revoke));
  Object* res = newPlainObject(vm, r.objectPrototype);
  Rooted ro(vm, Value::cell(res));
  Rooted kp(vm, Value::cell(vm.intern("proxy"))), kr(vm, Value::cell(vm.intern("revoke")));
  res->addProperty(vm, asString(kp), p);
  res->addProperty(vm, asString(kr), rr);
  return ro;
}

void installProxy(VM& vm) {
  JsRealm& r = jsRealm(vm);
  NativeFunction* ctor = newNativeFunction(vm, proxyConstructor, "Proxy", 2, true);
  Rooted rc(vm, Value::cell(ctor));
  defineValue(vm, r.global, "Proxy", rc);
  defineNativeMethod(vm, ctor, "revocable", proxyRevocable, 2);
}

}  // namespace dualvm::js
