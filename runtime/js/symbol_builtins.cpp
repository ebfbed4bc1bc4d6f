// runtime/js/symbol_builtins.cpp — Symbol (constructor, for, keyFor, well-knowns, description,
// toString, valueOf, @@toPrimitive) and Boolean (constructor, toString, valueOf).
#include "runtime/js/builtins.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static Value symbolConstructor(VM& vm, CallArgs& args) {
  if (args.isConstructCall()) throwTypeError(vm, "Symbol is not a constructor");
  Rooted desc(vm);
  if (!args[0].isUndefined()) desc = Value::cell(toString(vm, args[0]));
  return Value::cell(vm.heap.make<Symbol>(desc.get()));
}

static Symbol* thisSymbol(VM& vm, Value v, const char* method) {
  if (isSymbol(v)) return asSymbol(v);
  if (hasClassTag(v, ClassTag::SymbolObject)) return asSymbol(static_cast<InternalObject*>(v.asCell())->internal[0]);
  throwTypeError(vm, std::string(method) + " requires that 'this' be a Symbol");
}

// The registry lives in the realm's namedIntrinsics under "symbol:<key>".
static Value symbolFor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  String* key = toString(vm, args[0]);
  Rooted rk(vm, Value::cell(key));
  std::string k = "symbol:" + key->toUtf8();
  auto it = r.namedIntrinsics.find(k);
  if (it != r.namedIntrinsics.end()) return it->second;
  Symbol* s = vm.heap.make<Symbol>(rk.get());
  s->registered = true;
  r.namedIntrinsics[k] = Value::cell(s);
  return Value::cell(s);
}

static Value symbolKeyFor(VM& vm, CallArgs& args) {
  if (!isSymbol(args[0])) throwTypeError(vm, describeForError(vm, args[0]) + " is not a symbol");
  Symbol* s = asSymbol(args[0]);
  return s->registered ? s->description : Value::undefined();
}

static Value symbolToString(VM& vm, CallArgs& args) {
  Symbol* s = thisSymbol(vm, args.thisValue, "Symbol.prototype.toString");
  return Value::cell(vm.newString(keyToDisplay(s)));
}

static Value symbolValueOf(VM& vm, CallArgs& args) {
  return Value::cell(thisSymbol(vm, args.thisValue, "Symbol.prototype.valueOf"));
}

static Value symbolDescription(VM& vm, CallArgs& args) {
  return thisSymbol(vm, args.thisValue, "Symbol.prototype.description")->description;
}

void installSymbolBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.symbolPrototype;
  NativeFunction* ctor = defineConstructor(vm, "Symbol", symbolConstructor, 0, proto);
  ctor->isConstructor = false;  // `new Symbol()` is a TypeError; the check above gives the message
  r.symbolConstructor = ctor;
#define DUALVM_JS_DEFINE_WELL_KNOWN(n) defineValue(vm, ctor, #n, Value::cell(r.symbols.n), 0);
  DUALVM_JS_SYMBOLS(DUALVM_JS_DEFINE_WELL_KNOWN)
#undef DUALVM_JS_DEFINE_WELL_KNOWN
  defineNativeMethod(vm, ctor, "for", symbolFor, 1);
  defineNativeMethod(vm, ctor, "keyFor", symbolKeyFor, 1);
  defineNativeMethod(vm, proto, "toString", symbolToString, 0);
  defineNativeMethod(vm, proto, "valueOf", symbolValueOf, 0);
  defineNativeAccessor(vm, proto, r.names.description, symbolDescription, nullptr);
  NativeFunction* tp = defineNativeMethod(vm, proto, r.symbols.toPrimitive, symbolValueOf, 1);
  (void)tp;
  proto->setAttrs(vm, proto->findOwn(r.symbols.toPrimitive), kConfigurable);
  defineValue(vm, proto, r.symbols.toStringTag, Value::cell(vm.intern("Symbol")), kConfigurable);
}

// ---- Boolean ----

static Value booleanConstructor(VM& vm, CallArgs& args) {
  bool b = toBoolean(args[0]);
  if (!args.isConstructCall()) return Value::boolean(b);
  Object* proto = prototypeFromConstructor(vm, args.newTarget, jsRealm(vm).booleanPrototype);
  InternalObject* o = newInternalObject(vm, ClassTag::BooleanObject, proto, 1);
  o->internal[0] = Value::boolean(b);
  return Value::cell(o);
}

static bool thisBoolean(VM& vm, Value v, const char* method) {
  if (v.isBool()) return v.asBool();
  if (hasClassTag(v, ClassTag::BooleanObject)) return static_cast<InternalObject*>(v.asCell())->internal[0].asBool();
  throwTypeError(vm, std::string(method) + " requires that 'this' be a Boolean");
}

static Value booleanToString(VM& vm, CallArgs& args) {
  return Value::cell(vm.intern(thisBoolean(vm, args.thisValue, "Boolean.prototype.toString") ? "true" : "false"));
}

static Value booleanValueOf(VM& vm, CallArgs& args) {
  return Value::boolean(thisBoolean(vm, args.thisValue, "Boolean.prototype.valueOf"));
}

void installBooleanBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  r.booleanConstructor = defineConstructor(vm, "Boolean", booleanConstructor, 1, r.booleanPrototype);
  defineNativeMethod(vm, r.booleanPrototype, "toString", booleanToString, 0);
  defineNativeMethod(vm, r.booleanPrototype, "valueOf", booleanValueOf, 0);
}

}  // namespace dualvm::js
