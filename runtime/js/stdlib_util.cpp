// runtime/js/stdlib_util.cpp — helpers shared by the standard library files (see stdlib.h).
#include <chrono>
#include <cstring>
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"
#include <unicode/coll.h>

namespace dualvm::js {

Value makeString(VM& vm, std::u16string_view units) {
  return Value::cell(String::fromUtf16(vm.heap, units));
}

Value makeStringUtf8(VM& vm, std::string_view utf8) { return Value::cell(vm.newString(utf8)); }

std::u16string thisStringUnits(VM& vm, CallArgs& args, const char* method) {
  if (args.thisValue.isNullish())
    throwTypeError(vm, std::string("String.prototype.") + method + " called on null or undefined");
  if (isString(args.thisValue)) return asString(args.thisValue)->toUtf16();
  return toString(vm, args.thisValue)->toUtf16();
}

Value namedIntrinsic(VM& vm, const std::string& name) {
  JsRealm& r = jsRealm(vm);
  auto it = r.namedIntrinsics.find(name);
  return it == r.namedIntrinsics.end() ? Value::undefined() : it->second;
}

void enqueueCallMicrotask(VM& vm, Value fn) {
  Microtask m{Microtask::CallFunction, 0, fn, Value::undefined(), Value::undefined(),
              Value::undefined(), Value::undefined()};
  jsRealm(vm).microtasks.push_back(m);
}

void putData(VM& vm, Object* o, std::string_view name, Value v) {
  Rooted ro(vm, Value::cell(o)), rv(vm, v);
  Rooted rk(vm, Value::cell(vm.intern(name)));
  createDataProperty(vm, asObject(ro), asString(rk), rv);
}

Value globalValue(VM& vm, std::string_view name) {
  JsRealm& r = jsRealm(vm);
  return getProperty(vm, Value::cell(r.global), vm.intern(name));
}

double processUptimeMs(VM& vm) {
  using namespace std::chrono;
  double now = duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
  Value start = namedIntrinsic(vm, "jsstd:startTime");
  return now - (start.isNumber() ? start.toDouble() : now);
}

StdlibState::StdlibState() : gc::Cell(uint8_t(CellKind::Internal)) {}
StdlibState::~StdlibState() = default;

void StdlibState::trace(gc::Tracer& t) {
  for (auto& kv : timers) {
    traceValue(t, kv.second.callback);
    traceValue(t, kv.second.handle);
    for (Value v : kv.second.args) traceValue(t, v);
  }
  for (auto& tick : ticks)
    for (Value v : tick) traceValue(t, v);
}

StdlibState& stdlibState(VM& vm) {
  JsRealm& r = jsRealm(vm);
  auto it = r.namedIntrinsics.find("jsstd:state");
  if (it != r.namedIntrinsics.end()) return *static_cast<StdlibState*>(it->second.asCell());
  StdlibState* s = vm.heap.make<StdlibState>();
  r.namedIntrinsics["jsstd:state"] = Value::cell(s);
  return *s;
}

}  // namespace dualvm::js
