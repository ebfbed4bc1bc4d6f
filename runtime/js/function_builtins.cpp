// runtime/js/function_builtins.cpp — the Function constructor (`new Function(args..., body)`
// through the compiler) and Function.prototype: call, apply, bind, toString, @@hasInstance.
#include "frontends/js/compiler.h"
#include "runtime/js/builtins.h"
#include "runtime/js/js_language.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

// Function (magic 0), GeneratorFunction (1), AsyncFunction (2), AsyncGeneratorFunction (3).
static Value functionConstructor(VM& vm, CallArgs& args) {
  int kind = static_cast<NativeFunction*>(args.callee)->magic;
  std::string params, body;
  for (uint32_t i = 0; i + 1 < args.argc; i++) {
    if (i) params += ",";
    params += toStdString(vm, args.argv[i]);
  }
  if (args.argc) body = toStdString(vm, args.argv[args.argc - 1]);
  ::js::CompileResult res = ::js::compileFunctionFromParts(params, body, kind >= 2, kind == 1 || kind == 3);
  if (!res.ok()) throwSyntaxError(vm, res.error->message);
  std::shared_ptr<const ir::Function> f(std::move(res.function));
  FunctionProto* fp = vm.link(f);
  Rooted rfp(vm, Value::cell(fp));
  return vm.language(ir::Language::JavaScript)->makeClosure(vm, fp, nullptr);
}

static Value functionCall(VM& vm, CallArgs& args) {
  if (!isCallable(args.thisValue)) throwTypeError(vm, "Function.prototype.call called on non-function");
  return vm.call(args.thisValue, args[0], args.argc > 1 ? args.argv + 1 : nullptr,
                 args.argc > 1 ? args.argc - 1 : 0);
}

// CreateListFromArrayLike.
static void listFromArrayLike(VM& vm, Value v, RootedVector& out) {
  if (v.isNullish()) return;
  if (!isObject(v)) throwTypeError(vm, "CreateListFromArrayLike called on non-object");
  Rooted rv(vm, v);
  uint64_t len = lengthOfArrayLike(vm, v);
  if (len > 10000000) throwRangeError(vm, "Maximum call stack size exceeded");
  for (uint64_t i = 0; i < len; i++) out.push(getIndex(vm, rv, i));
}

static Value functionApply(VM& vm, CallArgs& args) {
  if (!isCallable(args.thisValue)) throwTypeError(vm, "Function.prototype.apply was called on " + describeForError(vm, args.thisValue) + ", which is not a function");
  RootedVector list(vm);
  listFromArrayLike(vm, args[1], list);
  return vm.call(args.thisValue, args[0], list.data(), uint32_t(list.size()));
}

static Value functionBind(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Value target = args.thisValue;
  if (!isCallable(target)) throwTypeError(vm, "Bind must be called on a function");
  Rooted rt(vm, target);
  BoundFunction* b = vm.heap.make<BoundFunction>(vm.emptyShape(), asObject(target)->proto(), target, args[0]);
  Rooted rb(vm, Value::cell(b));
  for (uint32_t i = 1; i < args.argc; i++) b->boundArgs.push_back(args.argv[i]);
  // length = max(0, target.length - boundArgs), name = "bound " + target.name.
  double len = 0;
  if (hasOwnProperty(vm, asObject(rt), r.names.length)) {
    Value l = js::getProperty(vm, rt, r.names.length);
    if (l.isNumber()) {
      double d = l.toDouble();
      if (std::isinf(d)) len = d > 0 ? d : 0;
      else if (d == d) len = std::max(0.0, std::trunc(d) - double(args.argc > 1 ? args.argc - 1 : 0));
    }
  }
  Value n = js::getProperty(vm, rt, r.names.name);
  Rooted name(vm, isString(n) ? n : Value::cell(r.names.empty));
  String* full = concatStrings(vm, vm.intern("bound "), asString(name));
  Rooted rfull(vm, Value::cell(full));
  asObject(rb)->addProperty(vm, r.names.length, Value::fromDoubleNormalized(len), kConfigurable);
  asObject(rb)->addProperty(vm, r.names.name, rfull, kConfigurable);
  return rb;
}

std::string functionSourceText(VM& vm, Value f) {
  if (isClosure(f)) {
    const ir::Function& fi = *asClosure(f)->fn->ir;
    if (fi.source && fi.sourceEnd > fi.sourceStart && fi.sourceEnd <= fi.source->size()) {
      std::u16string_view src(*fi.source);
      String* s = String::fromUtf16(vm.heap, src.substr(fi.sourceStart, fi.sourceEnd - fi.sourceStart));
      return s->toUtf8();
    }
  }
  std::string name;
  if (isObject(f)) {
    Object* o = asObject(f);
    uint32_t s = o->findOwn(jsRealm(vm).names.name);
    if (s != Shape::kNotFound && isString(o->slot(s))) name = asString(o->slot(s))->toUtf8();
  }
  if (isKind(f, CellKind::BoundFunction)) return "function () { [native code] }";
  return "function " + name + "() { [native code] }";
}

static Value functionToString(VM& vm, CallArgs& args) {
  if (!isCallable(args.thisValue)) throwTypeError(vm, "Function.prototype.toString requires that 'this' be a Function");
  return Value::cell(vm.newString(functionSourceText(vm, args.thisValue)));
}

// Function.prototype.caller / .arguments: poison for strict functions, null for sloppy ones.
static Value restrictedFunctionProperty(VM& vm, CallArgs& args) {
  Value f = args.thisValue;
  bool sloppy = isClosure(f) && !asClosure(f)->fn->ir->strict && !asClosure(f)->fn->ir->isArrow &&
                !asClosure(f)->fn->ir->isMethod && !asClosure(f)->fn->ir->isClassConstructor;
  if (!sloppy)
    throwTypeError(vm, "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                       "functions or the arguments objects for calls to them");
  return Value::null();
}

static Value throwTypeErrorIntrinsic(VM& vm, CallArgs&) {
  throwTypeError(vm, "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                     "functions or the arguments objects for calls to them");
}

static Value functionHasInstance(VM& vm, CallArgs& args) {
  return Value::boolean(ordinaryHasInstance(vm, args.thisValue, args[0]));
}

void installFunctionBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.functionPrototype;
  NativeFunction* ctor = defineConstructor(vm, "Function", functionConstructor, 1, proto);
  r.functionConstructor = ctor;
  defineNativeMethod(vm, proto, "call", functionCall, 1);
  defineNativeMethod(vm, proto, "apply", functionApply, 2);
  defineNativeMethod(vm, proto, "bind", functionBind, 1);
  defineNativeMethod(vm, proto, "toString", functionToString, 0);
  NativeFunction* hi = defineNativeMethod(vm, proto, r.symbols.hasInstance, functionHasInstance, 1);
  Rooted rhi(vm, Value::cell(hi));
  proto->setAttrs(vm, proto->findOwn(r.symbols.hasInstance), 0);
  defineNativeAccessor(vm, proto, r.names.caller, restrictedFunctionProperty, restrictedFunctionProperty);
  defineNativeAccessor(vm, proto, r.names.arguments, restrictedFunctionProperty, restrictedFunctionProperty);
  r.throwTypeErrorFunction = Value::cell(newNativeFunction(vm, throwTypeErrorIntrinsic, r.names.empty, 0));

  // GeneratorFunction & co: constructors reachable only through prototypes' `constructor`.
  struct { Object* proto; const char* name; int magic; } kinds[] = {
      {r.generatorFunctionPrototype, "GeneratorFunction", 1},
      {r.asyncFunctionPrototype, "AsyncFunction", 2},
      {r.asyncGeneratorFunctionPrototype, "AsyncGeneratorFunction", 3}};
  for (auto& k : kinds) {
    NativeFunction* c = newNativeFunction(vm, functionConstructor, k.name, 1, true, k.magic);
    setPrototypeOf(vm, c, ctor);
    Rooted rc(vm, Value::cell(c));
    c->putDirect(vm, r.names.prototype, Value::cell(k.proto), 0);
    k.proto->putDirect(vm, r.names.constructor, rc, kConfigurable);
  }
}

}  // namespace dualvm::js
