// runtime/js/global_builtins.cpp — value properties and functions of the global object that
// belong to the core: globalThis, undefined, NaN, Infinity, eval (indirect; direct eval is the
// Eval opcode), isNaN, isFinite, queueMicrotask.
#include <cmath>
#include "runtime/js/builtins.h"
#include "runtime/js/js_language.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static Value globalEval(VM& vm, CallArgs& args) { return indirectEval(vm, args[0]); }

static Value globalIsNaN(VM& vm, CallArgs& args) {
  double d = toNumber(vm, args[0]);
  return Value::boolean(d != d);
}

static Value globalIsFinite(VM& vm, CallArgs& args) {
  return Value::boolean(std::isfinite(toNumber(vm, args[0])));
}

static Value queueMicrotask(VM& vm, CallArgs& args) {
  if (!isCallable(args[0]))
    throwTypeError(vm, "The \"callback\" argument must be of type function. Received " + describeForError(vm, args[0]));
  Microtask m{Microtask::CallFunction, 0, args[0], Value::undefined(), Value::undefined(),
              Value::undefined(), Value::undefined()};
  jsRealm(vm).microtasks.push_back(m);
  return Value::undefined();
}

void installGlobalBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* g = r.global;
  defineValue(vm, g, "globalThis", Value::cell(g), kWritable | kConfigurable);
  defineValue(vm, g, "undefined", Value::undefined(), 0);
  defineValue(vm, g, "NaN", Value::number(NAN), 0);
  defineValue(vm, g, "Infinity", Value::number(INFINITY), 0);
  NativeFunction* ev = defineNativeMethod(vm, g, "eval", globalEval, 1);
  r.evalFunction = Value::cell(ev);
  defineNativeMethod(vm, g, "isNaN", globalIsNaN, 1);
  defineNativeMethod(vm, g, "isFinite", globalIsFinite, 1);
  defineNativeMethod(vm, g, "queueMicrotask", queueMicrotask, 1);
}

}  // namespace dualvm::js
