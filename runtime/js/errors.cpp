// runtime/js/errors.cpp — Error and the NativeErrors (TypeError, RangeError, ...): error objects
// with message, cause and a V8-style `stack` ("Name: message\n    at f (file:line:col)"),
// the constructors, Error.prototype.toString and Error.captureStackTrace.
#include "runtime/js/builtins.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static std::string stackFrames(VM& vm) {
  std::string out;
  for (const VM::StackEntry& e : vm.captureStack(10)) {
    std::string where = e.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
    if (e.function.empty()) out += "\n    at " + where;
    else out += "\n    at " + e.function + " (" + where + ")";
  }
  return out;
}

// The header line V8 puts first in `stack`: ToString of the error as Error.prototype.toString
// would render it, without calling user code.
std::string errorStackHeader(VM& vm, Object* o) {
  JsRealm& r = jsRealm(vm);
  std::string name = "Error", msg;
  for (Object* p = o; p; p = p->proto()) {
    uint32_t s = p->findOwn(r.names.name);
    if (s != Shape::kNotFound) {
      if (!(p->attrsAt(s) & kAccessor) && isString(p->slot(s))) name = asString(p->slot(s))->toUtf8();
      break;
    }
  }
  uint32_t s = o->findOwn(r.names.message);
  if (s != Shape::kNotFound && !(o->attrsAt(s) & kAccessor) && isString(o->slot(s)))
    msg = asString(o->slot(s))->toUtf8();
  if (name.empty()) return msg;
  if (msg.empty()) return name;
  return name + ": " + msg;
}

static void installStack(VM& vm, Object* o) {
  Rooted ro(vm, Value::cell(o));
  String* s = vm.newString(stackFrames(vm));
  Rooted rs(vm, Value::cell(s));
  o->putDirect(vm, jsRealm(vm).names.stack, rs, kWritable | kConfigurable);
  o->cellFlags |= kLazyStackFlag;
}

Value makeError(VM& vm, ErrorType t, const std::string& message) {
  JsRealm& r = jsRealm(vm);
  Object* o = newPlainObject(vm, r.errorPrototypes[size_t(t)]);
  o->setClassTag(uint16_t(ClassTag::Error));
  Rooted ro(vm, Value::cell(o));
  String* m = vm.newString(message);
  Rooted rm(vm, Value::cell(m));
  o->addProperty(vm, r.names.message, rm, kWritable | kConfigurable);
  installStack(vm, o);
  return ro;
}

// Error / NativeError constructor: magic = ErrorType.
static Value errorConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  ErrorType t = ErrorType(static_cast<NativeFunction*>(args.callee)->magic);
  Value nt = args.isConstructCall() ? args.newTarget : Value::cell(args.callee);
  Object* proto = prototypeFromConstructor(vm, nt, r.errorPrototypes[size_t(t)]);
  Object* o = newPlainObject(vm, proto);
  o->setClassTag(uint16_t(ClassTag::Error));
  Rooted ro(vm, Value::cell(o));
  uint32_t mi = t == ErrorType::AggregateError ? 1 : 0;
  Value msg = args[mi];
  if (!msg.isUndefined()) {
    String* m = toString(vm, msg);
    Rooted rm(vm, Value::cell(m));
    o->addProperty(vm, r.names.message, rm, kWritable | kConfigurable);
  }
  Value options = args[mi + 1];
  if (isObject(options) && js::hasProperty(vm, asObject(options), r.names.cause)) {
    Value c = js::getProperty(vm, options, r.names.cause);
    Rooted rc(vm, c);
    o->putDirect(vm, r.names.cause, rc, kWritable | kConfigurable);
  }
  if (t == ErrorType::AggregateError) {
    RootedVector items(vm);
    iterableToList(vm, args[0], items);
    ArrayObject* a = createArrayFromList(vm, items.data(), items.size());
    Rooted ra(vm, Value::cell(a));
    o->putDirect(vm, r.names.errors, ra, kWritable | kConfigurable);
  }
  installStack(vm, asObject(ro));
  return ro;
}

static Value errorToString(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue))
    throwTypeError(vm, "Error.prototype.toString requires that 'this' be an Object");
  Value n = js::getProperty(vm, args.thisValue, r.names.name);
  Rooted name(vm, n.isUndefined() ? Value::cell(vm.intern("Error")) : Value::cell(toString(vm, n)));
  Value m = js::getProperty(vm, args.thisValue, r.names.message);
  Rooted msg(vm, m.isUndefined() ? Value::cell(r.names.empty) : Value::cell(toString(vm, m)));
  if (asString(name)->isEmpty()) return msg;
  if (asString(msg)->isEmpty()) return name;
  Rooted sep(vm, Value::cell(concatStrings(vm, asString(name), vm.intern(": "))));
  return Value::cell(concatStrings(vm, asString(sep), asString(msg)));
}

static Value captureStackTrace(VM& vm, CallArgs& args) {
  if (!isObject(args[0])) throwTypeError(vm, "Invalid argument");
  installStack(vm, asObject(args[0]));
  return Value::undefined();
}

void installErrorBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  for (size_t i = 0; i < size_t(ErrorType::Count_); i++) {
    ErrorType t = ErrorType(i);
    Object* proto = r.errorPrototypes[i];
    uint32_t len = t == ErrorType::AggregateError ? 2 : 1;
    NativeFunction* ctor = defineConstructor(vm, errorTypeName(t), errorConstructor, len, proto);
    ctor->magic = int32_t(i);
    r.errorConstructors[i] = ctor;
    if (i != 0) setPrototypeOf(vm, ctor, r.errorConstructors[0]);
    defineValue(vm, proto, r.names.name, Value::cell(vm.intern(errorTypeName(t))));
    defineValue(vm, proto, r.names.message, Value::cell(r.names.empty));
  }
  defineNativeMethod(vm, r.errorPrototypes[0], "toString", errorToString, 0);
  defineNativeMethod(vm, r.errorConstructors[0], "captureStackTrace", captureStackTrace, 2);
  defineValue(vm, r.errorConstructors[0], "stackTraceLimit", Value::integer(10), kDefaultAttrs);
}

}  // namespace dualvm::js
